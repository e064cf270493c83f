package org.guildhall.question;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.guildhall.access.AudienceQueries;
import org.guildhall.access.Reader;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;

/**
 * Questions, answers, votes, revisions and routes as the database keeps them. List queries read
 * the stored audiences of the questions' networks ({@link AudienceQueries}), as posts do.
 */
@ApplicationScoped
public class QuestionRepository {

    /** A question that readers may see: not deleted. */
    static final String LIVE = "q.deletedAt is null";

    @PersistenceContext
    EntityManager em;

    public Optional<Question> find(long id) {
        return Optional.ofNullable(em.find(Question.class, id));
    }

    public Optional<Answer> answer(long id) {
        return em.createQuery("select a from Answer a join fetch a.question q join fetch a.author where a.id = :id", Answer.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    void store(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }

    /**
     * A page of the live answers of a question with their authors: the accepted one first, then by
     * votes, then oldest first. The question's answer count is the page's total.
     */
    Page<Answer> answers(Question question, int page, int size) {
        var found = em.createQuery("""
                        select a from Answer a join fetch a.author
                        where a.question = :q and a.deletedAt is null
                        order by a.accepted desc, (a.upVotes - a.downVotes) desc, a.createdAt, a.id""", Answer.class)
                .setParameter("q", question).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page<>(found, question.answerCount(), page, size);
    }

    /** Lists count at most this many questions (a page number past it is never needed to find one). */
    public static final int COUNT_CAP = 1_000;

    /** The comments under these answers, with their authors, oldest first. */
    Map<Long, List<AnswerComment>> comments(Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return Map.of();
        }
        var byAnswer = new HashMap<Long, List<AnswerComment>>();
        em.createQuery("""
                        select c from AnswerComment c join fetch c.author
                        where c.answer.id in :ids order by c.createdAt, c.id""", AnswerComment.class)
                .setParameter("ids", answerIds).getResultList()
                .forEach(c -> byAnswer.computeIfAbsent(c.answer().id(), k -> new java.util.ArrayList<>()).add(c));
        return byAnswer;
    }

    /** How this person voted on these answers (+1, -1), in one query. */
    Map<Long, Integer> votesOf(Person person, Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return Map.of();
        }
        var votes = new HashMap<Long, Integer>();
        em.createNativeQuery("select answer_id, vote from answer_vote where person_id = :p and answer_id in (:ids)")
                .setParameter("p", person.id()).setParameter("ids", answerIds).getResultList()
                .forEach(row -> {
                    var r = (Object[]) row;
                    votes.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
                });
        return votes;
    }

    /**
     * Records a person's vote. Answers false when it was already their vote (a second click);
     * safe when two clicks race: the row is inserted once, and changed only to another value.
     */
    boolean vote(Answer answer, Person person, int vote, Instant now) {
        int inserted = em.createNativeQuery("""
                        insert into answer_vote (answer_id, person_id, vote, voted_at) values (:a, :p, :v, :at)
                        on conflict do nothing""")
                .setParameter("a", answer.id()).setParameter("p", person.id()).setParameter("v", vote).setParameter("at", now)
                .executeUpdate();
        if (inserted == 0) {
            inserted = em.createNativeQuery("""
                            update answer_vote set vote = :v, voted_at = :at where answer_id = :a and person_id = :p and vote <> :v""")
                    .setParameter("a", answer.id()).setParameter("p", person.id()).setParameter("v", vote).setParameter("at", now)
                    .executeUpdate();
        }
        return inserted > 0;
    }

    boolean unvote(Answer answer, Person person) {
        return em.createNativeQuery("delete from answer_vote where answer_id = :a and person_id = :p")
                .setParameter("a", answer.id()).setParameter("p", person.id()).executeUpdate() > 0;
    }

    /** Counts the answer's votes again from their rows (an atomic update, outside its version). */
    void recountVotes(Answer answer) {
        em.flush();
        em.createNativeQuery("""
                        update answer set
                          up_votes = (select count(*) from answer_vote v where v.answer_id = answer.id and v.vote > 0),
                          down_votes = (select count(*) from answer_vote v where v.answer_id = answer.id and v.vote < 0)
                        where id = :id""").setParameter("id", answer.id()).executeUpdate();
        em.refresh(answer);
    }

    /** Counts the question's live answers and its answers' comments again, outside their versions. */
    void recountAnswers(Question question) {
        em.flush();
        em.createNativeQuery("""
                        update question set answer_count =
                          (select count(*) from answer a where a.question_id = question.id and a.deleted_at is null)
                        where id = :id""").setParameter("id", question.id()).executeUpdate();
        em.createNativeQuery("""
                        update answer set comment_count = (select count(*) from answer_comment c where c.answer_id = answer.id)
                        where question_id = :id""").setParameter("id", question.id()).executeUpdate();
    }

    /** The first answer's time (the earliest, whichever commits first); no wider rounds wait any more. */
    void answered(Question question, Instant at) {
        em.flush();
        em.createNativeQuery("update question set first_answer_at = ? where id = ? and (first_answer_at is null or first_answer_at > ?)")
                .setParameter(1, at).setParameter(2, question.id()).setParameter(3, at).executeUpdate();
        em.createNativeQuery("update question set routing_due_at = null where id = ?").setParameter(1, question.id()).executeUpdate();
    }

    /**
     * A round of routing is done: the next is due at {@code next}, unless the question was
     * answered, solved, closed or deleted meanwhile (read in the same statement, so an answer
     * committed a moment ago is never overruled).
     */
    void routed(long questionId, int round, Instant next) {
        em.flush();
        if (next == null) {
            em.createNativeQuery("update question set routing_round = ?, routing_claimed_until = null, routing_due_at = null where id = ?")
                    .setParameter(1, round).setParameter(2, questionId).executeUpdate();
            return;
        }
        em.createNativeQuery("""
                        update question set routing_round = ?, routing_claimed_until = null,
                          routing_due_at = case when first_answer_at is null and accepted_answer_id is null and status = 'OPEN'
                                                 and deleted_at is null then cast(? as timestamp with time zone) else null end
                        where id = ?""")
                .setParameter(1, round).setParameter(2, next).setParameter(3, questionId).executeUpdate();
    }

    List<Revision> revisions(Question question) {
        return em.createQuery("""
                        select r from Revision r join fetch r.editor left join fetch r.answer a
                        where r.question = :q and (a is null or a.deletedAt is null) order by r.createdAt desc, r.id desc""", Revision.class)
                .setParameter("q", question).getResultList();
    }

    List<Route> routes(Question question) {
        return em.createQuery("select r from Route r join fetch r.person left join fetch r.routedBy where r.question = :q"
                                + " order by r.round, r.routedAt, r.id",
                        Route.class)
                .setParameter("q", question).getResultList();
    }

    Optional<Route> route(Question question, Person person) {
        return em.createQuery("select r from Route r left join fetch r.routedBy where r.question = :q and r.person = :p", Route.class)
                .setParameter("q", question).setParameter("p", person).getResultStream().findFirst();
    }

    /** What a list of questions asks for; null fields do not narrow. */
    public record Filter(Long networkId, String tag, State state, Long routedTo, Long askedBy, Long answeredBy) {
        public static final Filter ALL = new Filter(null, null, State.ALL, null, null, null);

        public Filter {
            state = state == null ? State.ALL : state;
        }
    }

    /** Which questions a list shows. */
    public enum State implements org.guildhall.network.Coded {
        ALL, UNANSWERED, UNSOLVED, SOLVED
    }

    /** A page of the questions the reader may read, newest first. */
    public Page<Question> list(Filter filter, Reader reader, int page, int size) {
        var where = new StringBuilder(LIVE + " and " + AudienceQueries.readable("q.network"));
        if (filter.networkId() != null) {
            where.append(" and q.network.id = :network");
        }
        if (filter.tag() != null) {
            where.append(" and :tag member of q.tags");
        }
        switch (filter.state()) {
            case UNANSWERED -> where.append(" and q.answerCount = 0 and q.status = org.guildhall.question.QuestionStatus.OPEN");
            case UNSOLVED -> where.append(" and q.acceptedAnswer is null and q.status = org.guildhall.question.QuestionStatus.OPEN");
            case SOLVED -> where.append(" and q.acceptedAnswer is not null");
            default -> { }
        }
        if (filter.routedTo() != null) {
            // Offered to them, not declined, and not answered by them yet.
            where.append(" and exists (select 1 from Route r where r.question = q and r.person.id = :routedTo and r.declinedAt is null)"
                    + " and not exists (select 1 from Answer mine where mine.question = q and mine.author.id = :routedTo"
                    + " and mine.deletedAt is null)");
        }
        if (filter.askedBy() != null) {
            where.append(" and q.asker.id = :askedBy");
        }
        if (filter.answeredBy() != null) {
            where.append(" and exists (select 1 from Answer a where a.question = q and a.author.id = :answeredBy and a.deletedAt is null)");
        }
        // Counting every readable question costs an audience check per row: the count stops at COUNT_CAP.
        var count = em.createQuery("select q.id from Question q where " + where, Long.class);
        var ids = em.createQuery("select q.id from Question q where " + where + " order by q.createdAt desc, q.id desc", Long.class);
        for (var query : List.of(count, ids)) {
            AudienceQueries.bind(query, reader);
            if (filter.networkId() != null) {
                query.setParameter("network", filter.networkId());
            }
            if (filter.tag() != null) {
                query.setParameter("tag", filter.tag());
            }
            if (filter.routedTo() != null) {
                query.setParameter("routedTo", filter.routedTo());
            }
            if (filter.askedBy() != null) {
                query.setParameter("askedBy", filter.askedBy());
            }
            if (filter.answeredBy() != null) {
                query.setParameter("answeredBy", filter.answeredBy());
            }
        }
        long total = count.setMaxResults(COUNT_CAP).getResultList().size();
        var found = ids.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page<>(withAskers(found), total, page, size);
    }

    /** These questions in this order, with their askers and networks (one query). */
    List<Question> withAskers(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new HashMap<Long, Question>();
        em.createQuery("select q from Question q join fetch q.asker left join fetch q.network where q.id in :ids", Question.class)
                .setParameter("ids", ids).getResultList().forEach(q -> byId.put(q.id(), q));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Which of these questions the reader may read now (search and notifications re-check with this). */
    public List<Question> readable(Collection<Long> ids, Reader reader) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select q from Question q join fetch q.asker left join fetch q.network where q.id in :ids and "
                + LIVE + " and " + AudienceQueries.readable("q.network"), Question.class).setParameter("ids", ids);
        AudienceQueries.bind(query, reader);
        return query.getResultList();
    }

    /** Which of these answers the reader may read now (live answers to readable questions). */
    public List<Answer> readableAnswers(Collection<Long> ids, Reader reader) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("""
                        select a from Answer a join fetch a.question q join fetch a.author left join fetch q.network
                        where a.id in :ids and a.deletedAt is null and""" + " " + LIVE + " and " + AudienceQueries.readable("q.network"),
                        Answer.class).setParameter("ids", ids);
        AudienceQueries.bind(query, reader);
        return query.getResultList();
    }

    /** For search and evidence: questions with their askers, networks, tags and skills, including deleted ones. */
    public List<Question> forIndexing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = em.createQuery("select distinct q from Question q join fetch q.asker left join fetch q.network "
                + "left join fetch q.skills where q.id in :ids", Question.class).setParameter("ids", ids).getResultList();
        return found;
    }

    /** Every answer of these questions (deleted ones too), with authors. */
    public List<Answer> answersOf(Collection<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Answer a join fetch a.author where a.question.id in :ids", Answer.class)
                .setParameter("ids", questionIds).getResultList();
    }

    /** The questions asked in these networks. */
    public List<Long> idsInNetworks(Collection<Long> networkIds) {
        return networkIds.isEmpty() ? List.of() : em.createQuery("select q.id from Question q where q.network.id in :ids", Long.class)
                .setParameter("ids", networkIds).getResultList();
    }

    public List<Long> idsAfter(long after, int limit) {
        return em.createQuery("select q.id from Question q where q.id > :after order by q.id", Long.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    public long count() {
        return em.createQuery("select count(q) from Question q", Long.class).getSingleResult();
    }
}
