package org.guildhall.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.AudienceQueries;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.people.Person;

/**
 * What a person's answers say of them, as one viewer may know it ("answered 14 questions on
 * Kubernetes, 9 accepted"): only answers to questions the viewer may read count.
 */
@ApplicationScoped
public class Reputation {

    static final int TOPICS = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    Readers readers;

    @Inject
    AccessPolicy access;

    /** Questions answered and accepted on one skill or tag. */
    public record Topic(String name, String skillSlug, long answered, long accepted) {
    }

    public record Standing(long answered, long accepted, long upVotes, List<Topic> topics) {
        public boolean isEmpty() {
            return answered == 0;
        }
    }

    @Transactional
    public Standing of(Viewer viewer, Person person) {
        access.requireCanSee(viewer, person);
        var reader = readers.of(viewer);
        var where = " from Answer a join a.question q where a.author = :p and a.deletedAt is null and q.deletedAt is null and "
                + AudienceQueries.readable("q.network");
        var totals = em.createQuery("select count(distinct q.id), count(distinct case when a.accepted = true then q.id end),"
                + " coalesce(sum(a.upVotes), 0)" + where, Object[].class).setParameter("p", person);
        AudienceQueries.bind(totals, reader);
        var row = totals.getSingleResult();
        long answered = ((Number) row[0]).longValue();
        if (answered == 0) {
            return new Standing(0, 0, 0, List.of());
        }
        var bySkill = em.createQuery("select s.name, s.slug, count(distinct q.id), count(distinct case when a.accepted = true then q.id end)"
                + where.replace("join a.question q", "join a.question q join q.skills s")
                + " group by s.name, s.slug order by count(distinct q.id) desc, s.name", Object[].class).setParameter("p", person);
        AudienceQueries.bind(bySkill, reader);
        var byTag = em.createQuery("select t, count(distinct q.id), count(distinct case when a.accepted = true then q.id end)"
                + where.replace("join a.question q", "join a.question q join q.tags t")
                + " group by t order by count(distinct q.id) desc, t", Object[].class).setParameter("p", person);
        AudienceQueries.bind(byTag, reader);
        var topics = new LinkedHashMap<String, Topic>();
        for (var r : bySkill.setMaxResults(TOPICS).getResultList()) {
            var name = (String) r[0];
            topics.put(org.guildhall.expertise.SkillKey.of(name), new Topic(name, (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue()));
        }
        for (var r : byTag.setMaxResults(TOPICS).getResultList()) {
            var tag = (String) r[0];
            topics.putIfAbsent(org.guildhall.expertise.SkillKey.of(tag), new Topic(tag, null, ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        var sorted = new ArrayList<>(topics.values());
        sorted.sort(java.util.Comparator.comparingLong(Topic::answered).reversed().thenComparing(Topic::name));
        return new Standing(answered, ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                sorted.subList(0, Math.min(TOPICS, sorted.size())));
    }
}
