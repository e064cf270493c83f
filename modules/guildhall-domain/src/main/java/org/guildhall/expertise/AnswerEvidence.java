package org.guildhall.expertise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Reader;
import org.guildhall.question.Answer;
import org.guildhall.question.Question;
import org.guildhall.question.QuestionRepository;
import org.guildhall.question.Questions;

/**
 * Answers as evidence: each live answer to a live question is one contribution of its author,
 * read by the question's audience and speaking of the question's tags and skills. Colleagues'
 * judgement weighs in: every net up-vote counts as a thanks does, and an accepted answer as
 * {@value #ACCEPTED} of them, so an accepted answer is among the strongest evidence there is.
 */
@ApplicationScoped
public class AnswerEvidence implements EvidenceSource {

    static final int ACCEPTED = 6;

    @Inject
    QuestionRepository questions;

    @Override
    public String aggregateType() {
        return Questions.AGGREGATE;
    }

    @Override
    @Transactional
    public Evidence evidence(Collection<Long> questionIds) {
        var contributions = new ArrayList<Contribution>();
        var gone = new ArrayList<Gone>();
        var live = questions.forIndexing(questionIds).stream().filter(q -> !q.isDeleted())
                .collect(Collectors.toMap(Question::id, q -> q));
        for (var answer : questions.answersOf(questionIds)) {
            var question = live.get(answer.question().id());
            if (question == null || answer.isDeleted()) {
                gone.add(new Gone(key(answer), answer.question().id()));
            } else {
                contributions.add(of(question, answer));
            }
        }
        return new Evidence(contributions, gone);
    }

    private static Contribution of(Question q, Answer a) {
        var n = q.network();
        var topics = new java.util.LinkedHashSet<String>();
        q.tags().forEach(t -> topics.add(SkillKey.of(t)));
        q.skills().forEach(s -> topics.add(SkillKey.of(s.name())));
        return new Contribution(key(a), q.id(), "answer", a.author().username(), q.title(), a.text(), List.copyOf(topics),
                n == null ? null : n.id(), n == null ? null : n.name(), AccessPolicy.audienceOf(n), a.createdAt(),
                Math.max(0, a.score()) + (a.isAccepted() ? ACCEPTED : 0), "/questions/" + q.id() + "#answer-" + a.id());
    }

    private static String key(Answer answer) {
        return "answer-" + answer.id();
    }

    @Override
    @Transactional
    public Set<String> readable(Reader reader, Collection<String> contributionIds) {
        var ids = contributionIds.stream().filter(id -> id.startsWith("answer-")).map(id -> Long.valueOf(id.substring(7))).toList();
        var readable = new HashSet<String>();
        questions.readableAnswers(ids, reader).forEach(a -> readable.add(key(a)));
        return readable;
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
