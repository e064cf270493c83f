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

/**
 * Index rebuilds as rows every node can see: requested once (a second request while one is
 * active answers the active one), claimed by one node, taken over when its node stops reporting.
 */
@ApplicationScoped
public class ReindexJobs {

    /** A running job whose node has not reported for this long is taken over by another node. */
    static final Duration ABANDONED = Duration.ofSeconds(20);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** An admin asks for a rebuild; answers the job (an already active one, if any). */
    @Transactional
    public ReindexJob request(Viewer viewer, String reason) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only an administrator can rebuild the search indices");
        }
        return active().orElseGet(() -> create(reason, viewer.username()));
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

    /** Claims the oldest requested job, or one abandoned by its node, for {@code node}. */
    @Transactional
    public Optional<ReindexJob> claim(String node) {
        var now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select id from reindex_job
                        where state = 'REQUESTED' or (state = 'RUNNING' and heartbeat_at < ?)
                        order by id limit 1 for update skip locked""")
                .setParameter(1, now.minus(ABANDONED)).getResultList();
        var job = ids.stream().findFirst().map(id -> em.find(ReindexJob.class, id.longValue()));
        job.ifPresent(j -> j.start(node, now));
        return job;
    }

    @Transactional
    public void progress(long id, long total, long done) {
        em.find(ReindexJob.class, id).progress(total, done, clock.instant());
    }

    /** Documents start to flow (and the rate is measured from) now. */
    @Transactional
    public void indexing(long id) {
        em.find(ReindexJob.class, id).indexing(clock.instant());
    }

    /** Every document is in the new indices; what remains is swapping the aliases. */
    @Transactional
    public void indexed(long id) {
        em.find(ReindexJob.class, id).indexed(clock.instant());
    }

    @Transactional
    public void finish(long id) {
        em.find(ReindexJob.class, id).finish(clock.instant());
    }

    @Transactional
    public void fail(long id, String error) {
        em.find(ReindexJob.class, id).fail(error, clock.instant());
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
