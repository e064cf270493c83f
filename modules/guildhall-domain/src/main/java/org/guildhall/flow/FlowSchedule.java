package org.guildhall.flow;

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
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;
import org.guildhall.network.NetworkAudienceChanged;

/**
 * Runs the knowledge-flow computation every {@code guildhall.flow.every-minutes} (60), on one
 * node at a time: the node that takes the "knowledge-flow" lease in the database computes, renewing
 * the lease after each stage; if it dies, the lease lapses and another node resumes the run at the
 * stage it reached. An administrator's request, or an open network closing, makes the next run
 * due at once, and the next tick comes immediately.
 */
@ApplicationScoped
public class FlowSchedule {

    private static final Logger LOG = Logger.getLogger(FlowSchedule.class);
    static final Duration LEASE = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    FlowRuns runs;

    @Inject
    FlowComputation computation;

    @Inject
    FlowGraph graph;

    @Inject
    Clock clock;

    @Inject
    FlowSchedule self;

    @Inject
    @ConfigProperty(name = "guildhall.flow.every-minutes", defaultValue = "60")
    int everyMinutes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final String node = System.getProperty("jboss.node.name", "node") + "-" + UUID.randomUUID().toString().substring(0, 8);
    private ScheduledFuture<?> poll;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        poll = scheduler.scheduleWithFixedDelay(this::runWhenDue, 20, 30, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    /** An administrator asks for fresh figures now. */
    public void requestNow(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only administrators start a computation");
        }
        requestNow();
    }

    /** Makes a computation due now and starts it on this node unless another one holds the lease. */
    public void requestNow() {
        self.makeDue();
        scheduler.execute(this::runWhenDue);
    }

    /**
     * A network that was open to everyone when the figures were computed and is not any more:
     * figures summed over what everyone could read (the brokers) are recomputed at once. Other
     * changes (a new network, one opening up) wait for the next scheduled run.
     */
    void onAudienceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) NetworkAudienceChanged changed) {
        try {
            if (self.closedSinceComputed(changed.networkId())) {
                requestNow();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not check whether the knowledge flow must be recomputed", e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean closedSinceComputed(long network) {
        return ((Number) em.createNativeQuery("select count(*) from flow_open_network o where o.network_id = :n"
                        + " and o.generation = (select max(r.generation) from flow_run r where r.state = 'PUBLISHED')"
                        + " and not exists (select 1 from network_read_by k where k.network_id = o.network_id and k.grant_key = :everyone)")
                .setParameter("n", network).setParameter("everyone", org.guildhall.access.Grants.EVERYONE).getSingleResult()).longValue() > 0;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void makeDue() {
        em.createNativeQuery("update scheduled_lease set last_run_at = null where name = 'knowledge-flow'").executeUpdate();
    }

    void runWhenDue() {
        try {
            if (self.claim()) {
                try {
                    compute();
                } finally {
                    self.release();
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not compute the knowledge flow; will retry", e);
        }
    }

    private void compute() {
        var resumed = runs.resumable();
        var run = resumed.orElseGet(() -> runs.begin(clock.instant()));
        var stages = FlowComputation.STAGES;
        for (int stage = resumed.isPresent() ? runs.stageReached(run.generation()) : 0; stage < stages.size(); stage++) {
            long started = System.nanoTime();
            computation.run(stages.get(stage), run);
            runs.advance(run.generation(), stage + 1);
            self.renew();
            LOG.debugf("Knowledge flow %s: %s in %s ms", (Object) run.generation(), stages.get(stage).name(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        runs.publish(run.generation(), clock.instant());
        computation.dropBefore(run.generation());
        graph.refresh();
        LOG.infof("Knowledge flow %d published (figures as of %s)", run.generation(), run.asOf());
    }

    /**
     * Takes the lease when a run is due (or one was interrupted) and nobody holds it. A lease that
     * ends further ahead than a fresh one would was taken by a node whose clock ran ahead: it has lapsed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim() {
        var now = clock.instant();
        var interrupted = runs.running().isPresent();
        return em.createNativeQuery("update scheduled_lease set holder = :node, held_until = :until, last_run_at = :now"
                        + " where name = 'knowledge-flow' and (held_until is null or held_until < :now or held_until > :ahead)"
                        + " and (:interrupted = true or last_run_at is null or last_run_at < :due)")
                .setParameter("node", node).setParameter("until", now.plus(LEASE)).setParameter("now", now)
                .setParameter("ahead", now.plus(LEASE).plus(Duration.ofMinutes(5))).setParameter("interrupted", interrupted).setParameter("due", now.minus(Duration.ofMinutes(everyMinutes)))
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renew() {
        em.createNativeQuery("update scheduled_lease set held_until = :until where name = 'knowledge-flow' and holder = :node")
                .setParameter("until", clock.instant().plus(LEASE)).setParameter("node", node).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release() {
        em.createNativeQuery("update scheduled_lease set held_until = null where name = 'knowledge-flow' and holder = :node")
                .setParameter("node", node).executeUpdate();
    }
}
