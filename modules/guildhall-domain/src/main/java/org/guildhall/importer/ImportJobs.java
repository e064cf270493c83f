package org.guildhall.importer;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.paging.Page;

/**
 * Import jobs as rows every node can see: uploaded by an administrator, claimed by one node,
 * taken over when that node stops reporting, cancelled between two chunks. Every change a
 * running node makes is fenced: it is made only while the job is still that node's.
 */
@ApplicationScoped
public class ImportJobs {

    /** A running job whose node has not reported for this long is taken over (nodes report every chunk). */
    @Inject
    @ConfigProperty(name = "guildhall.import.takeover-seconds", defaultValue = "60")
    long takeoverSeconds;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ImportFiles files;

    /** This bean through its proxy, so that calls from within it get their own transactions. */
    @Inject
    ImportJobs self;

    /**
     * An administrator uploads a file: stored and checked outside any transaction (a large upload
     * takes a while), then queued.
     */
    public ImportJob upload(Viewer viewer, ImportJob.Kind kind, boolean full, String fileName, InputStream content) {
        requireAdmin(viewer);
        var name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        var stored = files.store(kind, name.length() > 255 ? name.substring(0, 255) : name, content);
        try {
            return self.queue(new ImportJob(kind, full && kind == ImportJob.Kind.HR, stored, viewer.username(), clock.instant()));
        } catch (RuntimeException e) {
            files.delete(stored.path());
            throw e;
        }
    }

    @Transactional
    public ImportJob queue(ImportJob job) {
        em.persist(job);
        return job;
    }

    @Transactional
    public ImportJob find(Viewer viewer, long id) {
        requireAdmin(viewer);
        var job = em.find(ImportJob.class, id);
        if (job == null) {
            throw new NotFound("No import " + id);
        }
        return job;
    }

    @Transactional
    public Page<ImportJob> recent(Viewer viewer, int page, int size) {
        requireAdmin(viewer);
        var items = em.createQuery("select j from ImportJob j order by j.id desc", ImportJob.class)
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(j) from ImportJob j", Long.class).getSingleResult();
        return new Page<>(items, total, page, size);
    }

    /** The lines that were not imported, in file order. */
    @Transactional
    public Page<LineError> errors(Viewer viewer, long id, int page, int size) {
        var job = find(viewer, id);
        var items = em.createQuery("select e from LineError e where e.jobId = :job order by e.line, e.id", LineError.class)
                .setParameter("job", job.id()).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(e) from LineError e where e.jobId = :job", Long.class)
                .setParameter("job", job.id()).getSingleResult();
        return new Page<>(items, total, page, size);
    }

    /** Asks the job to stop after its current chunk (a queued job stops at once). What was imported stays. */
    @Transactional
    public ImportJob cancel(Viewer viewer, long id) {
        requireAdmin(viewer);
        // Read under the lock: a job finishing meanwhile must not be overwritten with a stale copy.
        var job = em.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (job == null) {
            throw new NotFound("No import " + id);
        }
        if (job.state().isOver()) {
            throw new Conflict("This import has already " + (job.state() == ImportJob.State.DONE ? "finished" : "ended") + ".");
        }
        job.requestCancel();
        if (job.state() == ImportJob.State.QUEUED) {
            end(job, () -> job.cancel(clock.instant()));
        }
        return job;
    }

    /** The import running now, if any (the oldest, should there be several): what operators watch. */
    @Transactional
    public Optional<ImportJob> running() {
        return em.createQuery("select j from ImportJob j where j.state = :running order by j.id", ImportJob.class)
                .setParameter("running", ImportJob.State.RUNNING).setMaxResults(1).getResultStream().findFirst();
    }

    private Duration abandoned() {
        return Duration.ofSeconds(takeoverSeconds);
    }

    // ---- for the node that runs jobs --------------------------------------------------------

    /** Claims the oldest queued job, or one abandoned by its node. */
    @Transactional
    public Optional<ImportJob> claim(String node) {
        var now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select id from import_job
                        where state = 'QUEUED' or (state = 'RUNNING' and heartbeat_at < ?)
                        order by id limit 1 for update skip locked""")
                .setParameter(1, now.minus(abandoned())).getResultList();
        var job = ids.stream().findFirst().map(id -> em.find(ImportJob.class, id.longValue()));
        job.ifPresent(j -> j.start(node, now));
        return job;
    }

    /** Whether the job goes on: false once cancelled (it is then marked so) or taken over by another node. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean progress(long id, String node, long lines, Tally tally, Collection<Rejected> rejected) {
        var job = owned(id, node);
        if (job.isEmpty()) {
            return false;
        }
        rejected.forEach(r -> em.persist(new LineError(id, r)));
        job.get().progress(lines, tally, clock.instant());
        if (job.get().cancelRequested()) {
            end(job.get(), () -> job.get().cancel(clock.instant()));
            return false;
        }
        return true;
    }

    /** {@link #progress} in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean progressAlone(long id, String node, long lines, Tally tally, Collection<Rejected> rejected) {
        return progress(id, node, lines, tally, rejected);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean enter(long id, String node, ImportJob.Phase phase) {
        return owned(id, node).map(job -> {
            if (job.cancelRequested()) {
                end(job, () -> job.cancel(clock.instant()));
                return false;
            }
            job.enter(phase, clock.instant());
            return true;
        }).orElse(false);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void restartCounts(long id, String node) {
        owned(id, node).ifPresent(job -> {
            job.restartCounts();
            em.createQuery("delete from LineError e where e.jobId = :job").setParameter("job", id).executeUpdate();
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long id, String node) {
        owned(id, node).ifPresent(job -> end(job, () -> {
            if (job.cancelRequested()) {
                job.cancel(clock.instant());
            } else {
                job.finish(clock.instant());
            }
        }));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long id, String node, String reason) {
        owned(id, node).ifPresent(job -> end(job, () -> job.fail(reason, clock.instant())));
    }

    /** The node stops: the job waits for the next node, which resumes where this one committed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(long id, String node) {
        owned(id, node).ifPresent(job -> job.enter(job.phase(), clock.instant().minus(abandoned())));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob reload(long id) {
        return em.find(ImportJob.class, id);
    }

    /**
     * Locks the job for the chunk about to be written: while the chunk's transaction holds it no
     * other node can take the job over, and a job already taken over or ended writes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hold(long id, String node) {
        return owned(id, node).isPresent();
    }

    /** Ends the job and deletes its file: however a job ends, its upload is not kept. */
    private void end(ImportJob job, Runnable ending) {
        ending.run();
        files.delete(java.nio.file.Path.of(job.filePath()));
    }

    private Optional<ImportJob> owned(long id, String node) {
        var job = em.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(job).filter(j -> j.state() == ImportJob.State.RUNNING && node.equals(j.claimedBy()));
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only an administrator can import people and content");
        }
    }
}
