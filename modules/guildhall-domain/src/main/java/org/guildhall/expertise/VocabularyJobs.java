package org.guildhall.expertise;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;
import org.guildhall.persistence.Uniqueness;

/**
 * Vocabulary jobs as rows every node can see: requested once (a second request while one is active
 * answers the active one), claimed with {@code FOR UPDATE SKIP LOCKED}, taken over when the node
 * running one stops reporting.
 */
@ApplicationScoped
public class VocabularyJobs {

    static final Duration ABANDONED = Duration.ofSeconds(60);
    /** The vocabulary is learned again at least this often, without anyone asking. */
    public static final Duration MAX_AGE = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    VocabularyJobs self;

    public VocabularyJob request(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only an administrator can start learning the skills' vocabulary");
        }
        return requestAs(viewer.username());
    }

    /** Asks for a run unless one is active; answers the active one. */
    public VocabularyJob requestAs(String username) {
        try {
            return self.create(username);
        } catch (Conflict raced) {
            return self.active().orElseThrow(() -> raced);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public VocabularyJob create(String username) {
        return active().orElseGet(() -> {
            var job = new VocabularyJob(username, clock.instant());
            em.persist(job);
            Uniqueness.flush(em, "Learning the skills' vocabulary is already under way");
            return job;
        });
    }

    /**
     * Whether a run is due without anyone asking: none ever ran, the last one finished more than
     * {@link #MAX_AGE} ago, or it failed more than a minute ago.
     */
    @Transactional
    public boolean due() {
        var now = clock.instant();
        return latest().map(j -> !j.isActive() && (j.finishedAt() == null
                || j.finishedAt().isBefore(now.minus(MAX_AGE))
                || (j.state() == VocabularyJob.State.FAILED && j.finishedAt().isBefore(now.minus(Duration.ofMinutes(1))))))
                .orElse(true);
    }

    @Transactional
    public Optional<VocabularyJob> claim(String node) {
        var now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select id from expertise_job
                        where state = 'QUEUED' or (state = 'RUNNING' and heartbeat_at < ?)
                        order by id limit 1 for update skip locked""")
                .setParameter(1, now.minus(ABANDONED)).getResultList();
        var job = ids.stream().findFirst().map(id -> em.find(VocabularyJob.class, id.longValue()));
        job.ifPresent(j -> j.start(node, now));
        return job;
    }

    @Transactional
    public boolean progress(long id, String node, long total, long done) {
        return owned(id, node).map(job -> {
            job.progress(total, done, clock.instant());
            return true;
        }).orElse(false);
    }

    @Transactional
    public void finish(long id, String node) {
        owned(id, node).ifPresent(job -> job.finish(clock.instant()));
    }

    @Transactional
    public void fail(long id, String node, String error) {
        owned(id, node).ifPresent(job -> job.fail(error, clock.instant()));
    }

    @Transactional
    public void requeue(long id, String node) {
        owned(id, node).ifPresent(VocabularyJob::requeue);
    }

    private Optional<VocabularyJob> owned(long id, String node) {
        var job = em.find(VocabularyJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(job).filter(j -> j.state() == VocabularyJob.State.RUNNING && node.equals(j.claimedBy()));
    }

    @Transactional
    public Optional<VocabularyJob> active() {
        return em.createQuery("select j from VocabularyJob j where j.activeSlot = 1", VocabularyJob.class)
                .getResultStream().findFirst();
    }

    /** Whether a queued job has waited longer than {@code patience} (it then runs even while search catches up). */
    @Transactional
    public boolean waitedLonger(Duration patience) {
        return active().filter(j -> j.state() == VocabularyJob.State.QUEUED)
                .map(j -> j.requestedAt().isBefore(clock.instant().minus(patience))).orElse(true);
    }

    @Transactional
    public Optional<VocabularyJob> latest() {
        return em.createQuery("select j from VocabularyJob j order by j.id desc", VocabularyJob.class).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
