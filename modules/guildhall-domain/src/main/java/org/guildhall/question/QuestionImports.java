package org.guildhall.question;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Refusal;
import org.guildhall.expertise.Skill;
import org.guildhall.expertise.Taxonomy;
import org.guildhall.network.Network;
import org.guildhall.outbox.Outbox;
import org.guildhall.people.Person;

/**
 * Questions, answers, votes and acceptance brought from another platform with their original
 * people and times. Imported questions are not routed (they were answered, or not, elsewhere).
 * Called by the importer inside its chunk's transaction; counts are recounted and search is told
 * once per question per chunk.
 */
@ApplicationScoped
public class QuestionImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Outbox outbox;

    /** A question, in a network or company-wide ({@code networkId} null); answers its id. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refusal.class)
    public long question(long askerId, Long networkId, String title, String body, List<String> tags, List<String> skillNames,
                         Instant askedAt, boolean closed) {
        var draft = new QuestionDraft(title, body, tags, skillNames, null);
        if (draft.title() == null || draft.title().length() < 10) {
            throw new InvalidField("title", "A question's title says what is asked, in at least 10 characters.");
        }
        var skills = new LinkedHashSet<Skill>();
        for (var name : draft.skills()) {
            skills.add(taxonomy.require("skills", name));
        }
        var network = networkId == null ? null : em.getReference(Network.class, networkId);
        var question = Question.imported(em.getReference(Person.class, askerId), network, draft, skills, askedAt);
        if (closed) {
            question.close(askedAt);
        }
        em.persist(question);
        em.persist(Revision.of(question, question.asker(), askedAt));
        return question.id();
    }

    /** An answer to the question; {@code accepted} makes it the accepted one. Answers its id. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refusal.class)
    public long answer(long questionId, long authorId, String body, Instant at, boolean accepted) {
        if (body == null || body.isBlank()) {
            throw new InvalidField("body", "An answer says something.");
        }
        var question = em.find(Question.class, questionId);
        var answer = Answer.to(question, em.getReference(Person.class, authorId), body.strip(), at);
        em.persist(answer);
        em.persist(Revision.of(answer, answer.author(), at));
        if (accepted) {
            question.accept(answer, at);
        }
        return answer.id();
    }

    /** A vote on an answer by someone who did not write it. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refusal.class)
    public void vote(long answerId, long personId, boolean up, Instant at) {
        var answer = em.find(Answer.class, answerId);
        if (answer.author().id() == personId) {
            throw new InvalidField("person", "People cannot vote on their own answer.");
        }
        em.persist(new Vote(answer, em.getReference(Person.class, personId), up ? 1 : -1, at));
    }

    /** The question an earlier chunk's answer belongs to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long questionOf(long answerId) {
        return em.find(Answer.class, answerId).question().id();
    }

    /** Counts answers, first answers and votes of these questions again, and queues them for search. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recount(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("""
                        update answer set
                          up_votes = (select count(*) from answer_vote v where v.answer_id = answer.id and v.vote > 0),
                          down_votes = (select count(*) from answer_vote v where v.answer_id = answer.id and v.vote < 0)
                        where question_id in (:ids)""").setParameter("ids", questionIds).executeUpdate();
        em.createNativeQuery("""
                        update question set
                          answer_count = (select count(*) from answer a where a.question_id = question.id and a.deleted_at is null),
                          first_answer_at = (select min(a.created_at) from answer a where a.question_id = question.id and a.deleted_at is null)
                        where id in (:ids)""").setParameter("ids", questionIds).executeUpdate();
        questionIds.forEach(id -> outbox.append(Questions.AGGREGATE, id));
    }
}
