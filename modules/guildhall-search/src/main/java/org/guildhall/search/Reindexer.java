package org.guildhall.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.guildhall.outbox.Outbox;
import org.guildhall.outbox.ReindexJob;
import org.guildhall.outbox.ReindexJobs;
import org.jboss.logging.Logger;

/**
 * Rebuilds every search index from the database into new indices and swaps each alias when its
 * index is complete, so searches never go without an index. While a rebuild runs, every node's
 * outbox drainer writes changes to the new indices as well, and document versions (taken before
 * the database is read) keep the newer of two documents. Jobs are claimed through the database:
 * one node runs a job; if that node dies, another takes it over and starts again.
 */
@ApplicationScoped
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class);
    private static final int CHUNK = 2000;

    @Inject
    ReindexJobs jobs;

    @Inject
    Indices indices;

    @Inject
    IndexerRegistry indexers;

    @Inject
    SearchClient search;

    @Inject
    Outbox outbox;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final String node = System.getProperty("jboss.node.name", "node") + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledFuture<?> poll;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        poll = scheduler.scheduleWithFixedDelay(this::runNextQuietly, 2, 2, TimeUnit.SECONDS);
    }

    /** The job this node is running, if any. */
    private volatile Long current;

    /**
     * The node is stopping (undeploy, restart): its job goes back to the queue at once, for any
     * node (this one, restarted) to take up, instead of waiting to be thought dead.
     */
    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
        var job = current;
        if (job != null) {
            try {
                jobs.requeue(job, node);
            } catch (RuntimeException e) {
                LOG.debugf("Could not hand job %d back; another node takes it over after a minute", job);
            }
        }
    }

    private void runNextQuietly() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (search.available()) {
                jobs.claim(node).ifPresent(this::run);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not start an index rebuild; will retry", e);
        } finally {
            running.set(false);
        }
    }

    private void run(ReindexJob job) {
        long id = job.id();
        current = id;
        LOG.infof("Rebuilding the search indices (job %d: %s)", id, job.reason());
        var lost = new AtomicBoolean();
        var heartbeat = scheduler.scheduleAtFixedRate(() -> {
            if (!jobs.heartbeat(id, node)) {
                lost.set(true);
            }
        }, 5, 5, TimeUnit.SECONDS);
        Map<IndexDefinition, String> rebuilt = new LinkedHashMap<>();
        try {
            var walkers = indexers.rebuilding();
            long total = walkers.stream().mapToLong(Indexer::count).sum();
            still(jobs.progress(id, node, total, 0));
            for (var index : indices.definitions()) {
                rebuilt.put(index, indices.createBuilding(index));
            }
            // Every node re-reads the indices within FRESHNESS: from then on its changes reach the new ones too.
            pause(Indices.FRESHNESS.multipliedBy(2).toMillis());
            still(jobs.indexing(id, node));
            long done = 0;
            for (var indexer : walkers) {
                done = walk(id, indexer, total, done, lost);
            }
            still(jobs.indexed(id, node) && !lost.get());
            for (var entry : rebuilt.entrySet()) {
                indices.promote(entry.getKey(), entry.getValue());
            }
            pause(Indices.FRESHNESS.multipliedBy(2).toMillis());
            for (var entry : rebuilt.entrySet()) {
                indices.retire(entry.getKey(), entry.getValue());
            }
            jobs.progress(id, node, total, done);
            jobs.finish(id, node);
            LOG.infof("Search indices rebuilt: %d documents", done);
        } catch (Lost e) {
            LOG.warnf("Job %d was taken over by another node; this node stops working on it", id);
        } catch (IOException | RuntimeException e) {
            LOG.error("Index rebuild failed", e);
            // Only the job's owner may clean up: a node that lost the job would drop the new owner's indices.
            if (jobs.fail(id, node, e.getMessage())) {
                try {
                    for (var index : rebuilt.keySet()) {
                        indices.abandon(index);
                    }
                } catch (IOException | RuntimeException cleanup) {
                    LOG.warn("Could not drop the unfinished indices; the next check will", cleanup);
                }
            }
        } finally {
            heartbeat.cancel(false);
            current = null;
        }
    }

    /** The job was given to another node (this one was thought dead): stop at once. */
    private static final class Lost extends RuntimeException {
        Lost() {
            super("the job is no longer this node's", null, false, false);
        }
    }

    private static void still(boolean owned) {
        if (!owned) {
            throw new Lost();
        }
    }

    /**
     * Indexes every document of one indexer into its new index, chunk by chunk; answers the
     * running total done. The next chunk is read from the database while Elasticsearch indexes
     * the previous one (at most one bulk request in flight).
     */
    private long walk(long jobId, Indexer indexer, long total, long done, AtomicBoolean lost) throws IOException {
        // Through the building alias, which must exist: writes never create an index by accident.
        var target = indices.buildingAlias(indexer.index());
        long after = 0;
        long reading = 0;
        long waiting = 0;
        CompletableFuture<BulkResponse> inFlight = null;
        List<Long> ids;
        while (true) {
            long started = System.nanoTime();
            ids = indexer.idsAfter(after, CHUNK);
            if (ids.isEmpty()) {
                break;
            }
            after = ids.get(ids.size() - 1);
            indexer.refresh(ids);
            long version = outbox.nextDocumentVersion();
            var operations = indexer.documents(ids).stream().filter(d -> !d.isDelete())
                    .map(d -> BulkOperation.of(b -> b.index(i -> i.index(target).id(d.id()).document(d.source())
                            .version(version).versionType(VersionType.External).requireAlias(true))))
                    .toList();
            long read = System.nanoTime();
            reading += read - started;
            if (inFlight != null) {
                check(inFlight);
            }
            waiting += System.nanoTime() - read;
            inFlight = operations.isEmpty() ? null : search.async().bulk(b -> b.operations(operations));
            done += ids.size();
            still(!lost.get() && jobs.progress(jobId, node, total, done));
        }
        long last = System.nanoTime();
        if (inFlight != null) {
            check(inFlight);
        }
        waiting += System.nanoTime() - last;
        LOG.infof("%s: %d ms reading the database, %d ms waiting for Elasticsearch", indexer.index().name(),
                reading / 1_000_000, waiting / 1_000_000);
        return done;
    }

    /** Waits for a bulk request; a document refused for any reason but a newer version fails the rebuild. */
    private static void check(CompletableFuture<BulkResponse> bulk) throws IOException {
        BulkResponse response;
        try {
            response = bulk.join();
        } catch (CompletionException e) {
            throw new IOException(e.getCause() == null ? e.getMessage() : e.getCause().getMessage(), e);
        }
        if (response.errors()) {
            var refused = response.items().stream()
                    .filter(i -> i.error() != null && !"version_conflict_engine_exception".equals(i.error().type()))
                    .findFirst();
            if (refused.isPresent()) {
                throw new IOException("Elasticsearch refused " + refused.get().id() + ": " + refused.get().error().reason());
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
