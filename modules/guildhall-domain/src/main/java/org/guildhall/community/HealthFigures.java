package org.guildhall.community;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.guildhall.people.Person;

/**
 * The figures of one network's health, read from the hourly aggregates ({@link ActivityRollup})
 * and, for membership, from the membership log: each query reads one network's rows of one period
 * through a primary key or an index, at most its members' or contributors' count.
 */
@ApplicationScoped
class HealthFigures {

    /** One day's contributions. */
    record Day(LocalDate day, int posts, int comments, int edits) {
    }

    /** A person's contributions in the period and in the one before. */
    record Contributions(long personId, int now, int earlier) {
    }

    @PersistenceContext
    EntityManager em;

    /** Joins, leaves and requests per day and action. */
    List<Object[]> membershipEvents(long networkId, Instant since) {
        return em.createQuery("select cast(e.occurredAt as LocalDate), e.action, count(e) from MembershipEvent e"
                + " where e.network.id = :n and e.occurredAt >= :since group by cast(e.occurredAt as LocalDate), e.action", Object[].class)
                .setParameter("n", networkId).setParameter("since", since).getResultList();
    }

    List<Day> days(long networkId, LocalDate since) {
        List<?> rows = em.createNativeQuery("select on_day, posts, comments, edits from network_day where network_id = ? and on_day >= ?")
                .setParameter(1, networkId).setParameter(2, since).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new Day(day(r[0]), number(r[1]), number(r[2]), number(r[3]))).toList();
    }

    /** The first {@code limit} contributors of the period, most first (or those who gained most on the period before). */
    List<Contributions> contributors(long networkId, int days, boolean rising, int limit) {
        List<?> rows = em.createNativeQuery("select person_id, recent, earlier from network_contributor"
                        + " where network_id = ? and period_days = ? and recent > " + (rising ? "earlier" : "0")
                        + " order by " + (rising ? "recent - earlier" : "recent") + " desc, person_id")
                .setParameter(1, networkId).setParameter(2, days).setMaxResults(limit).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new Contributions(((Number) r[0]).longValue(), number(r[1]), number(r[2]))).toList();
    }

    /** Contributors in the period, their departments, how many of them are members, and contributions in the period before. */
    int[] period(long networkId, int days) {
        List<?> rows = em.createNativeQuery("select contributors, contributor_departments, contributing_members, earlier_contributions"
                + " from network_period where network_id = ? and period_days = ?").setParameter(1, networkId).setParameter(2, days)
                .getResultList();
        if (rows.isEmpty()) {
            return new int[4];
        }
        var r = (Object[]) rows.get(0);
        return new int[] {number(r[0]), number(r[1]), number(r[2]), number(r[3])};
    }

    /** How many departments the network's members came from at the last rebuild. */
    int memberDepartments(long networkId) {
        List<?> rows = em.createQuery("select h.departments from HealthSnapshot h where h.networkId = :n", Integer.class)
                .setParameter("n", networkId).getResultList();
        return rows.isEmpty() ? 0 : number(rows.get(0));
    }

    /** The period's tags that gained most on the period before: tag, posts in the period, posts before. */
    List<Object[]> tags(long networkId, int days, int limit) {
        List<?> rows = em.createNativeQuery("select tag, recent, earlier from network_tag_trend where network_id = ? and period_days = ?"
                        + " and recent > 0 order by recent - earlier desc, recent desc, tag")
                .setParameter(1, networkId).setParameter(2, days).setMaxResults(limit).getResultList();
        return rows.stream().map(Object[].class::cast).toList();
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

    /** When the aggregates were last rebuilt (with the snapshots), if ever. */
    Instant figuresAt() {
        return em.createQuery("select max(h.computedAt) from HealthSnapshot h", Instant.class).getSingleResult();
    }

    static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
