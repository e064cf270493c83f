package org.guildhall.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.Forbidden;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.persistence.Uniqueness;
import org.guildhall.access.Conflict;

/**
 * Index rebuilds as rows every node can see: requested once (a second request while one is
 * active answers the active one), claimed by one node, taken over when its node stops reporting.
 */
@ApplicationScoped
public class ReindexJobs {

    /**
     * A running job whose node has not reported for this long is taken over by another node (the
     * running node reports every few seconds, whatever it is doing).
     */
    static final Duration ABANDONED = Duration.ofSeconds(60);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** This bean through its proxy, so that calls from within it get their own transactions. */
    @Inject
    ReindexJobs self;

    /** An admin asks for a rebuild; answers the job (an already active one, if any: a second click changes nothing). */
    public ReindexJob request(Viewer viewer, String reason) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only an administrator can rebuild the search indices");
        }
        try {
            return self.requestAs(reason, viewer.username());
        } catch (Conflict raced) {
            return self.active().orElseThrow(() -> raced);
        }
    }

    /** Through the container (see {@link #self}): its own transaction, so a lost race leaves nothing behind. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReindexJob requestAs(String reason, String username) {
        return active().orElseGet(() -> create(reason, username));
    }

    /** The application asks for a rebuild (an index is missing, outdated or another database's). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReindexJob requestAutomatically(String reason) {
        return active().orElseGet(() -> create(reason, null));
    }

    private ReindexJob create(String reason, String requestedBy) {
        var job = new ReindexJob(reason, requestedBy, clock.instant());
        em.persist(job);
        // Two nodes asking at once: the unique active slot keeps one job; the other asker reports it.
        Uniqueness.flush(em, "A rebuild of the search indices is already under way");
        return job;
    }

    /**
     * Claims the oldest requested job, or one abandoned by its node, for {@code node}. A heartbeat
     * further ahead than {@link #ABANDONED} came from a clock running ahead (a node's, or one moved
     * for a test and moved back) and proves nothing: its job is taken over too, not left for days.
     */
    @Transactional
    public Optional<ReindexJob> claim(String node) {
        var now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select id from reindex_job
                        where state = 'REQUESTED' or (state = 'RUNNING' and (heartbeat_at < ? or heartbeat_at > ?))
                        order by id limit 1 for update skip locked""")
                .setParameter(1, now.minus(ABANDONED)).setParameter(2, now.plus(ABANDONED)).getResultList();
        var job = ids.stream().findFirst().map(id -> em.find(ReindexJob.class, id.longValue()));
        job.ifPresent(j -> j.start(node, now));
        return job;
    }

    /*
     * Every change below is made only while the job is still this node's (still RUNNING and
     * claimed by it): a node that lost its job to another (it was thought dead) learns so here
     * and must stop, so two nodes never build, promote or retire indices for one job.
     */

    /** The node is still working on the job. Answers false when the job is no longer its own. */
    @Transactional
    public boolean heartbeat(long id, String node) {
        return owned(id, node).map(job -> {
            job.beat(clock.instant());
            return true;
        }).orElse(false);
    }

    @Transactional
    public boolean progress(long id, String node, long total, long done) {
        return owned(id, node).map(job -> {
            job.progress(total, done, clock.instant());
            return true;
        }).orElse(false);
    }

    /** Documents start to flow (and the rate is measured from) now. */
    @Transactional
    public boolean indexing(long id, String node) {
        return owned(id, node).map(job -> {
            job.indexing(clock.instant());
            return true;
        }).orElse(false);
    }

    /** Every document is in the new indices; what remains is swapping the aliases. */
    @Transactional
    public boolean indexed(long id, String node) {
        return owned(id, node).map(job -> {
            job.indexed(clock.instant());
            return true;
        }).orElse(false);
    }

    @Transactional
    public boolean finish(long id, String node) {
        return owned(id, node).map(job -> {
            job.finish(clock.instant());
            return true;
        }).orElse(false);
    }

    @Transactional
    public boolean fail(long id, String node, String error) {
        return owned(id, node).map(job -> {
            job.fail(error, clock.instant());
            return true;
        }).orElse(false);
    }

    /** The node stops: its job goes back to the queue, to be started again from the beginning. */
    @Transactional
    public boolean requeue(long id, String node) {
        return owned(id, node).map(job -> {
            job.requeue();
            return true;
        }).orElse(false);
    }

    /** The job, locked, when it is still running and claimed by this node. */
    private Optional<ReindexJob> owned(long id, String node) {
        var job = em.find(ReindexJob.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(job).filter(j -> j.state() == ReindexJob.State.RUNNING && node.equals(j.claimedBy()));
    }

    /** Whether the last rebuild failed within the last minute (automatic rebuilds then wait for an admin). */
    @Transactional
    public boolean failedRecently() {
        return em.createQuery("select j from ReindexJob j order by j.id desc", ReindexJob.class).setMaxResults(1)
                .getResultStream().anyMatch(j -> j.state() == ReindexJob.State.FAILED
                        && j.finishedAt().isAfter(clock.instant().minus(Duration.ofMinutes(1))));
    }

    @Transactional
    public Optional<ReindexJob> active() {
        return em.createQuery("select j from ReindexJob j where j.activeSlot = 1", ReindexJob.class)
                .getResultStream().findFirst();
    }

    @Transactional
    public ReindexJob find(Viewer viewer, long id) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only an administrator can follow index rebuilds");
        }
        var job = em.find(ReindexJob.class, id);
        if (job == null) {
            throw new NotFound("No index rebuild " + id);
        }
        return job;
    }

    @Transactional
    public List<ReindexJob> recent(int limit) {
        return em.createQuery("select j from ReindexJob j order by j.id desc", ReindexJob.class)
                .setMaxResults(limit).getResultList();
    }
}
