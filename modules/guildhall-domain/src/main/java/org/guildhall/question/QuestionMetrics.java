package org.guildhall.question;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.Forbidden;
import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.network.NetworkVisits;

/**
 * How well questions are answered in a network (for its owners and moderators) or asked from a
 * department (for HR and administrators): how many were asked, the share answered, the time to a
 * first and to an accepted answer (median and 90th percentile), and how often an expert from
 * another department, whom routing had offered the question, gave the accepted answer.
 */
@ApplicationScoped
public class QuestionMetrics {

    public static final int DEFAULT_DAYS = 90;

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkVisits networks;

    @Inject
    Clock clock;

    /** One week of the period. */
    public record Week(Instant start, long asked, long answered, long accepted) {
    }

    public record Metrics(String scope, int days, long asked, long answered, long accepted, Duration firstAnswerMedian,
                          Duration firstAnswerP90, Duration acceptedMedian, Duration acceptedP90, long acceptedFromRouting,
                          long acceptedAcrossDepartments, List<Week> weeks) {
        public int answeredPercent() {
            return asked == 0 ? 0 : (int) Math.round(100.0 * answered / asked);
        }

        /** Of the accepted answers, the share given by someone routing found in another department. */
        public int acrossDepartmentsPercent() {
            return accepted == 0 ? 0 : (int) Math.round(100.0 * acceptedAcrossDepartments / accepted);
        }
    }

    @Transactional
    public Metrics ofNetwork(Viewer viewer, String slug, Integer days) {
        var visit = networks.requireModerator(viewer, slug);
        return measure(visit.network().name(), "q.network.id = :scope", visit.network().id(), window(days));
    }

    @Transactional
    public Metrics ofDepartment(Viewer viewer, String department, Integer days) {
        if (!viewer.isHr() && !viewer.isAdmin()) {
            throw new Forbidden("Only HR and administrators see questions by department");
        }
        if (department == null || department.isBlank()) {
            throw new InvalidField("department", "Choose a department.");
        }
        return measure(department.strip(), "q.asker.department = :scope", department.strip(), window(days));
    }

    private static int window(Integer days) {
        if (days == null) {
            return DEFAULT_DAYS;
        }
        if (days < 7 || days > 730) {
            throw new InvalidField("days", "Choose between 7 and 730 days.");
        }
        return days;
    }

    private Metrics measure(String scope, String where, Object scopeValue, int days) {
        var now = clock.instant();
        var from = now.minus(Duration.ofDays(days));
        var rows = em.createQuery("""
                        select q.id, q.createdAt, q.firstAnswerAt, q.acceptedAt, asker.department, author.department, author.id
                        from Question q join q.asker asker left join q.acceptedAnswer accepted left join accepted.author author
                        where q.deletedAt is null and q.createdAt >= :from and""" + " " + where, Object[].class)
                .setParameter("from", from).setParameter("scope", scopeValue).getResultList();
        var routed = routedAuthors(rows);
        var firsts = new ArrayList<Duration>();
        var accepts = new ArrayList<Duration>();
        long fromRouting = 0;
        long across = 0;
        var weeks = new ArrayList<long[]>();
        var start = from.truncatedTo(ChronoUnit.DAYS);
        int weekCount = (int) Math.ceil(days / 7.0);
        for (int i = 0; i < weekCount; i++) {
            weeks.add(new long[3]);
        }
        for (var r : rows) {
            var created = (Instant) r[1];
            var week = weeks.get((int) Math.min(weekCount - 1, Math.max(0, Duration.between(start, created).toDays() / 7)));
            week[0]++;
            if (r[2] != null) {
                firsts.add(Duration.between(created, (Instant) r[2]));
                week[1]++;
            }
            if (r[3] != null) {
                accepts.add(Duration.between(created, (Instant) r[3]));
                week[2]++;
                if (routed.contains(r[0] + "/" + r[6])) {
                    fromRouting++;
                    if (r[4] == null || !r[4].equals(r[5])) {
                        across++;
                    }
                }
            }
        }
        var slices = new ArrayList<Week>();
        for (int i = 0; i < weekCount; i++) {
            var w = weeks.get(i);
            slices.add(new Week(start.plus(Duration.ofDays(7L * i)), w[0], w[1], w[2]));
        }
        return new Metrics(scope, days, rows.size(), firsts.size(), accepts.size(), percentile(firsts, 50), percentile(firsts, 90),
                percentile(accepts, 50), percentile(accepts, 90), fromRouting, across, slices);
    }

    /** "question/person" for every accepted answer whose author had been offered the question by routing. */
    private java.util.Set<String> routedAuthors(List<Object[]> rows) {
        var ids = rows.stream().filter(r -> r[3] != null).map(r -> (Long) r[0]).toList();
        var routed = new HashSet<String>();
        if (!ids.isEmpty()) {
            em.createQuery("select r.question.id, r.person.id from Route r where r.question.id in :ids and r.routedBy is null", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> routed.add(r[0] + "/" + r[1]));
        }
        return routed;
    }

    /** The nearest-rank percentile; null without data. */
    static Duration percentile(List<Duration> values, int p) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
