package org.guildhall.importer;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Runs import jobs on this node, one at a time: every two seconds it claims the oldest queued
 * job (or one whose node stopped reporting) and carries it as far as it can.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    @Inject
    ImportJobs jobs;

    @Inject
    HrImport hr;

    @Inject
    ContentImport content;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final String node = System.getProperty("jboss.node.name", "node") + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile Long current;
    private ScheduledFuture<?> poll;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        poll = scheduler.scheduleWithFixedDelay(this::runNextQuietly, 2, 2, TimeUnit.SECONDS);
    }

    /** The node is stopping: its job is handed to the next node at once, which resumes where this one committed. */
    @PreDestroy
    void stop() {
        stopping = true;
        if (poll != null) {
            poll.cancel(false);
        }
        var job = current;
        if (job != null) {
            try {
                jobs.release(job, node);
            } catch (RuntimeException e) {
                LOG.debugf("Could not hand import %d back; another node takes it over after a minute", job);
            }
        }
    }

    private void runNextQuietly() {
        if (stopping || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            jobs.claim(node).ifPresent(this::run);
        } catch (RuntimeException e) {
            LOG.warn("Could not start an import; will retry", e);
        } finally {
            running.set(false);
        }
    }

    private void run(ImportJob job) {
        current = job.id();
        long started = System.nanoTime();
        LOG.infof("Import %d (%s, %s) starts at record %d of %d", job.id(), job.kind(), job.fileName(), job.linesDone(), job.total());
        try {
            boolean ended = job.kind() == ImportJob.Kind.HR ? hr.run(job, node) : content.run(job, node);
            if (ended) {
                jobs.finish(job.id(), node);
            }
            var after = jobs.reload(job.id());
            LOG.infof("Import %d: %s after %d s, %d imported, %d unchanged, %d rejected", job.id(), after.state(),
                    (System.nanoTime() - started) / 1_000_000_000, after.imported(), after.unchanged(), after.rejected());
        } catch (IOException | RuntimeException e) {
            if (stopping) {
                LOG.infof("Import %d paused: this node stops; the next one resumes it", job.id());
            } else {
                LOG.errorf(e, "Import %d failed", job.id());
                jobs.fail(job.id(), node, e instanceof IOException ? "The file could not be read: " + e.getMessage()
                        : "The import stopped on an unexpected error: " + ContentImport.rootMessage(e));
            }
        } finally {
            current = null;
        }
    }
}
