package org.guildhall.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.guildhall.people.Person;

/**
 * The raw figures of health, read by entity name so that this package depends on no content
 * feature: each query walks one network's rows through an index on (network, time).
 */
@ApplicationScoped
class HealthFigures {

    /** An author's contribution at a time. */
    record Dated(Long author, Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    List<Object[]> membershipEvents(long networkId, Instant since) {
        return em.createQuery("select e.action, e.occurredAt from MembershipEvent e where e.network.id = :n and e.occurredAt >= :since",
                Object[].class).setParameter("n", networkId).setParameter("since", since).getResultList();
    }

    List<Dated> posts(long networkId, Instant since, Instant until) {
        return dated(em.createQuery("select p.author.id, p.publishAt from Post p where p.network.id = :n"
                + " and p.status = org.guildhall.blog.PostStatus.PUBLISHED and p.deletedAt is null and p.hiddenAt is null"
                + " and p.held = false and p.publishAt >= :since and p.publishAt <= :until", Object[].class)
                .setParameter("n", networkId).setParameter("since", since).setParameter("until", until).getResultList());
    }

    List<Dated> comments(long networkId, Instant since, Instant until) {
        return dated(em.createQuery("select c.author.id, c.createdAt from Comment c where c.post.network.id = :n"
                + " and c.deletedAt is null and c.hiddenAt is null and c.held = false and c.createdAt >= :since and c.createdAt <= :until",
                Object[].class).setParameter("n", networkId).setParameter("since", since).setParameter("until", until).getResultList());
    }

    List<Dated> edits(long networkId, Instant since, Instant until) {
        return dated(em.createQuery("select r.author.id, r.createdAt from WikiRevision r where r.page.network.id = :n"
                + " and r.hiddenAt is null and r.createdAt >= :since and r.createdAt <= :until", Object[].class)
                .setParameter("n", networkId).setParameter("since", since).setParameter("until", until).getResultList());
    }

    List<Object[]> tags(long networkId, Instant since, Instant until) {
        return em.createQuery("select t, p.publishAt from Post p join p.tags t where p.network.id = :n"
                + " and p.status = org.guildhall.blog.PostStatus.PUBLISHED and p.deletedAt is null and p.hiddenAt is null"
                + " and p.held = false and p.publishAt >= :since and p.publishAt <= :until", Object[].class)
                .setParameter("n", networkId).setParameter("since", since).setParameter("until", until).getResultList();
    }

    /** Active members' ids and departments. */
    List<Object[]> members(long networkId) {
        return em.createQuery("select m.person.id, m.person.department from Membership m where m.network.id = :n"
                + " and m.state = org.guildhall.network.MembershipState.ACTIVE", Object[].class)
                .setParameter("n", networkId).getResultList();
    }

    List<Person> people(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", ids).getResultList();
    }

    List<Object[]> duePages(long networkId, LocalDate today, int limit) {
        return em.createQuery("select w.slug, w.title, w.reviewBy from WikiPage w where w.network.id = :n and w.reviewBy <= :today"
                + " order by w.reviewBy", Object[].class).setParameter("n", networkId).setParameter("today", today)
                .setMaxResults(limit).getResultList();
    }

    long duePageCount(long networkId, LocalDate today) {
        return em.createQuery("select count(w) from WikiPage w where w.network.id = :n and w.reviewBy <= :today", Long.class)
                .setParameter("n", networkId).setParameter("today", today).getSingleResult();
    }

    private static List<Dated> dated(List<Object[]> rows) {
        return rows.stream().map(r -> new Dated((Long) r[0], (Instant) r[1])).toList();
    }
}
