package org.guildhall.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.guildhall.access.InvalidField;
import org.guildhall.access.TooManyRequests;
import org.guildhall.access.Viewer;

/**
 * How many writes (posts, comments, wiki edits, reports) one person may make per minute and per
 * hour, so that a runaway script or a spammer cannot flood a network. The counters live in the
 * database, so the limits hold across nodes; each write is counted in its own transaction, so a
 * double click never fails on the counter. Admins change the limits at run time (every node reads
 * them afresh within {@link #REREAD}); the configuration gives the defaults.
 */
@ApplicationScoped
public class WriteLimits {

    static final Duration REREAD = Duration.ofSeconds(5);
    static final String PER_MINUTE = "writes.per-minute";
    static final String PER_HOUR = "writes.per-hour";

    public record Limits(int perMinute, int perHour, int defaultPerMinute, int defaultPerHour) {
        public boolean areDefaults() {
            return perMinute == defaultPerMinute && perHour == defaultPerHour;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "guildhall.writes.per-minute", defaultValue = "20")
    int defaultPerMinute;

    @Inject
    @ConfigProperty(name = "guildhall.writes.per-hour", defaultValue = "200")
    int defaultPerHour;

    private volatile Limits cached;
    private volatile Instant readAt = Instant.EPOCH;

    /** Counts one write by this person, or refuses it with when to try again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void spend(String username) {
        var limits = limits();
        var now = clock.instant();
        var minute = now.truncatedTo(ChronoUnit.MINUTES);
        long thisMinute = count(username, minute, minute);
        if (thisMinute >= limits.perMinute()) {
            throw new TooManyRequests("You are writing faster than " + limits.perMinute()
                    + " times a minute. Wait a moment and try again.", Duration.between(now, minute.plusSeconds(60)).toSeconds() + 1);
        }
        var hourAgo = minute.minus(59, ChronoUnit.MINUTES);
        long thisHour = count(username, hourAgo, minute);
        if (thisHour >= limits.perHour()) {
            var oldest = em.createNativeQuery("select min(window_start) from write_window where username = ? and window_start >= ?", Instant.class)
                    .setParameter(1, username).setParameter(2, hourAgo).getSingleResult();
            var retry = oldest == null ? 60 : Duration.between(now, ((Instant) oldest).plus(1, ChronoUnit.HOURS)).toSeconds() + 1;
            throw new TooManyRequests("You have written " + limits.perHour() + " times in the last hour, the most allowed."
                    + " Try again later.", retry);
        }
        em.createNativeQuery("insert into write_window (username, window_start, writes) values (?, ?, 0) on conflict do nothing")
                .setParameter(1, username).setParameter(2, minute).executeUpdate();
        em.createNativeQuery("update write_window set writes = writes + 1 where username = ? and window_start = ?")
                .setParameter(1, username).setParameter(2, minute).executeUpdate();
    }

    private long count(String username, Instant from, Instant to) {
        var sum = em.createNativeQuery("select coalesce(sum(writes), 0) from write_window where username = ? and window_start between ? and ?")
                .setParameter(1, username).setParameter(2, from).setParameter(3, to).getSingleResult();
        return ((Number) sum).longValue();
    }

    @Transactional
    public Limits limits() {
        var now = clock.instant();
        var known = cached;
        if (known != null && readAt.plus(REREAD).isAfter(now)) {
            return known;
        }
        var fresh = new Limits(setting(PER_MINUTE, defaultPerMinute), setting(PER_HOUR, defaultPerHour), defaultPerMinute, defaultPerHour);
        cached = fresh;
        readAt = now;
        return fresh;
    }

    /** The limits, as an admin reviews them. */
    public Limits limits(Viewer viewer) {
        AuditLog.requireAdmin(viewer);
        return limits();
    }

    @Transactional
    public Limits change(Viewer viewer, Integer perMinute, Integer perHour) {
        AuditLog.requireAdmin(viewer);
        if (perMinute == null || perMinute < 1 || perMinute > 10_000) {
            throw new InvalidField("perMinute", "Writes per minute must be between 1 and 10000.");
        }
        if (perHour == null || perHour < perMinute || perHour > 100_000) {
            throw new InvalidField("perHour", "Writes per hour must be at least the writes per minute and at most 100000.");
        }
        var before = limits();
        store(PER_MINUTE, perMinute);
        store(PER_HOUR, perHour);
        cached = null;
        audit.record(viewer, null, new AuditLog.Act(AuditAction.SETTINGS, null, null, null, null, "Write limits",
                before.perMinute() + "/min, " + before.perHour() + "/h", perMinute + "/min, " + perHour + "/h"));
        return limits();
    }

    /** Back to the configured defaults. */
    @Transactional
    public Limits reset(Viewer viewer) {
        AuditLog.requireAdmin(viewer);
        var before = limits();
        em.createNativeQuery("delete from system_setting where name in (?, ?)").setParameter(1, PER_MINUTE).setParameter(2, PER_HOUR)
                .executeUpdate();
        cached = null;
        audit.record(viewer, null, new AuditLog.Act(AuditAction.SETTINGS, null, null, null, null, "Write limits back to the defaults",
                before.perMinute() + "/min, " + before.perHour() + "/h", defaultPerMinute + "/min, " + defaultPerHour + "/h"));
        return limits();
    }

    /** Forgets counters older than the hour they count in. */
    @Transactional
    public int sweep() {
        return em.createNativeQuery("delete from write_window where window_start < ?")
                .setParameter(1, clock.instant().minus(2, ChronoUnit.HOURS)).executeUpdate();
    }

    private int setting(String name, int fallback) {
        List<?> values = em.createNativeQuery("select setting_value from system_setting where name = ?", String.class)
                .setParameter(1, name).getResultList();
        return values.isEmpty() ? fallback : Integer.parseInt(String.valueOf(values.get(0)));
    }

    private void store(String name, int value) {
        int updated = em.createNativeQuery("update system_setting set setting_value = ? where name = ?")
                .setParameter(1, String.valueOf(value)).setParameter(2, name).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into system_setting (name, setting_value) values (?, ?)")
                    .setParameter(1, name).setParameter(2, String.valueOf(value)).executeUpdate();
        }
    }
}
