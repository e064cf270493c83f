package org.guildhall.search.unified;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.expertise.SkillKey;
import org.guildhall.question.Question;
import org.guildhall.question.QuestionRepository;
import org.guildhall.question.Questions;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/**
 * Questions as search entries, with their answers' text (a question is found by what was answered
 * too), under their network's audience; solved and much-answered questions rank a little higher.
 */
@ApplicationScoped
public class QuestionEntries implements Indexer {

    @Inject
    QuestionRepository questions;

    @Override
    public String aggregateType() {
        return Questions.AGGREGATE;
    }

    @Override
    public IndexDefinition index() {
        return Entry.INDEX;
    }

    @Override
    @Transactional
    public List<Document> documents(Collection<Long> ids) {
        var live = questions.forIndexing(ids).stream().filter(q -> !q.isDeleted()).toList();
        var answers = new HashMap<Long, List<String>>();
        questions.answersOf(live.stream().map(Question::id).toList()).stream().filter(a -> !a.isDeleted())
                .forEach(a -> answers.computeIfAbsent(a.question().id(), k -> new ArrayList<>()).add(a.text()));
        return Indexer.indexOrDelete(ids, live, Question::id, q -> entry(q, answers.getOrDefault(q.id(), List.of()))).stream()
                .map(d -> new Document("question-" + d.id(), d.source(), d.aggregateId())).toList();
    }

    private static Entry entry(Question q, List<String> answers) {
        var n = q.network();
        var asker = q.asker();
        var skills = new LinkedHashSet<String>();
        q.skills().forEach(s -> skills.add(SkillKey.of(s.name())));
        q.tags().forEach(t -> skills.add(SkillKey.of(t)));
        var text = new StringBuilder(q.text());
        answers.forEach(a -> text.append("\n\n").append(a));
        return new Entry(ResultType.QUESTION.key(), q.title(), text.toString(), q.tags(), List.copyOf(skills),
                n == null ? null : n.id(), n == null ? null : n.slug(), n == null ? null : n.name(), asker.username(),
                asker.displayName(), asker.department() == null ? List.of() : List.of(asker.department()),
                List.copyOf(AccessPolicy.audienceOf(n).sorted()), q.createdAt(), answers.size() + (q.isSolved() ? 3 : 0), null,
                q.id(), "/questions/" + q.id());
    }

    @Override
    @Transactional
    public List<Long> idsAfter(long after, int limit) {
        return questions.idsAfter(after, limit);
    }

    @Override
    @Transactional
    public long count() {
        return questions.count();
    }
}
