package org.guildhall.search.question;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.question.Question;
import org.guildhall.question.QuestionRepository;
import org.guildhall.question.Questions;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/** Keeps the questions index in step with questions and their answers; a deleted question becomes a delete. */
@ApplicationScoped
public class QuestionIndexer implements Indexer {

    public static final IndexDefinition INDEX = new IndexDefinition("questions", 1, "/search/questions-v1.json");

    @Inject
    QuestionRepository questions;

    /** What the questions index holds for one question. */
    public record QuestionDocument(String title, String body, List<String> answers, List<String> tags, List<String> skills,
                                   String asker, Long networkId, String networkName, List<String> readers, boolean solved,
                                   int answerCount, Instant askedAt) {
    }

    @Override
    public String aggregateType() {
        return Questions.AGGREGATE;
    }

    @Override
    public IndexDefinition index() {
        return INDEX;
    }

    @Override
    @Transactional
    public List<Document> documents(Collection<Long> ids) {
        var live = questions.forIndexing(ids).stream().filter(q -> !q.isDeleted()).toList();
        var answers = new HashMap<Long, List<String>>();
        questions.answersOf(live.stream().map(Question::id).toList()).stream().filter(a -> !a.isDeleted())
                .forEach(a -> answers.computeIfAbsent(a.question().id(), k -> new java.util.ArrayList<>()).add(a.text()));
        return Indexer.indexOrDelete(ids, live, Question::id, q -> document(q, answers.getOrDefault(q.id(), List.of())));
    }

    private static QuestionDocument document(Question q, List<String> answers) {
        var n = q.network();
        return new QuestionDocument(q.title(), q.text(), answers, q.tags(), q.skills().stream().map(s -> s.name()).toList(),
                q.asker().username(), n == null ? null : n.id(), n == null ? null : n.name(),
                List.copyOf(AccessPolicy.audienceOf(n).sorted()), q.isSolved(), answers.size(), q.createdAt());
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
