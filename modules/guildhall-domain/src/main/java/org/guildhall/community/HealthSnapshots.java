package org.guildhall.community;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import org.guildhall.moderation.WriteLimits;

/**
 * Recomputes every network's health snapshot once an hour, on one node at a time: a node takes
 * the "network-health" lease in the database (a conditional update only one node wins) and holds
 * it while it works; a node that dies lets the lease lapse. It also sweeps old write counters.
 */
@ApplicationScoped
public class HealthSnapshots {

    private static final Logger LOG = Logger.getLogger(HealthSnapshots.class);
    static final Duration EVERY = Duration.ofHours(1);
    static final Duration LEASE = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    CompanyHealth company;

    @Inject
    WriteLimits writeLimits;

    @Inject
    Clock clock;

    @Inject
    HealthSnapshots self;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final String node = System.getProperty("jboss.node.name", "node") + "-" + UUID.randomUUID().toString().substring(0, 8);
    private ScheduledFuture<?> poll;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        poll = scheduler.scheduleWithFixedDelay(this::runWhenDue, 30, 60, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    private void runWhenDue() {
        try {
            if (self.claim()) {
                int networks = self.recompute();
                LOG.debugf("Health of %d networks recomputed", networks);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not recompute network health; will retry", e);
        }
    }

    /** Takes the lease when the last run is an hour old and nobody holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim() {
        var now = clock.instant();
        return em.createNativeQuery("update scheduled_lease set holder = ?, held_until = ?, last_run_at = ? where name = 'network-health'"
                        + " and (held_until is null or held_until < ?) and (last_run_at is null or last_run_at < ?)")
                .setParameter(1, node).setParameter(2, now.plus(LEASE)).setParameter(3, now).setParameter(4, now)
                .setParameter(5, now.minus(EVERY)).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int recompute() {
        int networks = company.recompute();
        writeLimits.sweep();
        em.createNativeQuery("update scheduled_lease set held_until = null where name = 'network-health' and holder = ?")
                .setParameter(1, node).executeUpdate();
        return networks;
    }
}
