package org.guildhall.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.outbox.Outbox;
import org.guildhall.outbox.OutboxAppended;
import org.guildhall.outbox.OutboxEntry;
import org.guildhall.outbox.ReindexJobs;
import org.jboss.logging.Logger;

/**
 * Delivers outbox entries to Elasticsearch, right after a writing transaction commits and every
 * second. Safe on any number of nodes (and with several workers per node): entries are claimed
 * through the database, and every document carries a version taken before its state was read,
 * so an older document never overwrites a newer one. An entry whose document cannot be built or
 * is refused fails alone, and is set aside after {@link OutboxEntry#MAX_ATTEMPTS} tries; while
 * Elasticsearch is unreachable nothing is tried and nothing is counted as a failure.
 */
@ApplicationScoped
public class OutboxDrainer {

    private static final Logger LOG = Logger.getLogger(OutboxDrainer.class);
    private static final int BATCH = 500;
    /** Long enough for any bulk request; a node that dies holds its entries no longer than this. */
    private static final java.time.Duration LEASE = java.time.Duration.ofSeconds(20);

    @Inject
    Outbox outbox;

    @Inject
    SearchClient search;

    @Inject
    Indices indices;

    @Inject
    IndexerRegistry indexers;

    @Inject
    ReindexJobs jobs;

    @Inject
    @ConfigProperty(name = "guildhall.outbox.workers", defaultValue = "1")
    int workerCount;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** How long the application's end waits for drains under way (a bulk request takes well under this). */
    private static final java.time.Duration STOP_WAIT = java.time.Duration.ofSeconds(10);

    private final List<Worker> workers = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<ScheduledFuture<?>> polls = new ArrayList<>();

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        var node = System.getProperty("jboss.node.name", "node") + "-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= Math.max(1, workerCount); i++) {
            var worker = new Worker(node + "/" + i, i == 1);
            workers.add(worker);
            polls.add(scheduler.scheduleWithFixedDelay(worker::drainQuietly, 1, 1, TimeUnit.SECONDS));
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        if (!workers.isEmpty()) {
            scheduler.execute(workers.get(0)::drainQuietly);
        }
    }

    /**
     * Before the application goes (undeploy, shutdown), stop starting drains and let the ones under
     * way finish: a drain cut off mid-transaction leaves its rows locked until the transaction
     * times out, and every other node skips them until then.
     */
    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        stopped.set(true);
        polls.forEach(p -> p.cancel(false));
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (workers.stream().anyMatch(Worker::busy) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @PreDestroy
    void stop() {
        stopped.set(true);
        polls.forEach(p -> p.cancel(false));
    }

    /** Delivers what is due now on the first worker; answers how many entries were delivered. */
    public int drain() {
        return workers.isEmpty() ? 0 : workers.get(0).drain();
    }

    /** One claimer: drains batch after batch until nothing is due. */
    final class Worker {

        private final String name;
        /** One worker per node also watches that the indices are sound. */
        private final boolean steward;
        private final AtomicBoolean draining = new AtomicBoolean();

        Worker(String name, boolean steward) {
            this.name = name;
            this.steward = steward;
        }

        void drainQuietly() {
            try {
                drain();
            } catch (RuntimeException e) {
                LOG.warn("Outbox drain failed; will retry", e);
            }
        }

        boolean busy() {
            return draining.get();
        }

        int drain() {
            if (stopped.get() || !draining.compareAndSet(false, true)) {
                return 0;
            }
            try {
                if (!search.available()) {
                    return 0;
                }
                if (steward) {
                    requestRebuildIfNeeded();
                }
                int delivered = 0;
                List<OutboxEntry> batch;
                while (!(batch = outbox.claim(name, BATCH, LEASE)).isEmpty()) {
                    var outcome = deliver(batch);
                    delivered += outcome;
                    if (outcome == 0) {
                        break;
                    }
                }
                return delivered;
            } finally {
                draining.set(false);
            }
        }
    }

    /** A missing, outdated or foreign index is rebuilt without anyone asking (but not in a loop of failures). */
    private void requestRebuildIfNeeded() {
        try {
            var reason = indices.rebuildNeeded(jobs.active().isPresent());
            if (reason.isPresent() && !jobs.failedRecently()) {
                jobs.requestAutomatically(reason.get());
                LOG.infof("Search indices will be rebuilt from the database: %s", reason.get());
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Could not check the search indices: %s", e.getMessage());
        }
    }

    /** Delivers one claimed batch; answers how many entries left the outbox. */
    private int deliver(List<OutboxEntry> batch) {
        long version = outbox.nextDocumentVersion();
        var delivery = new Delivery();
        batch.stream().collect(Collectors.groupingBy(OutboxEntry::aggregateType)).forEach(delivery::add);
        outbox.release(delivery.waiting);
        delivery.failures.forEach((error, ids) -> outbox.failed(ids, error));
        delivery.hopeless.forEach((error, ids) -> outbox.dead(ids, error));
        if (delivery.writes.isEmpty()) {
            outbox.delivered(delivery.sendable());
            return delivery.sendable().size();
        }
        try {
            var response = search.es().bulk(b -> b.operations(delivery.operations(version)));
            var outcome = new Outcome();
            var items = response.items();
            for (int i = 0; i < items.size(); i++) {
                outcome.record(items.get(i), delivery.writes.get(i).entries());
            }
            var delivered = delivery.sendable().stream().filter(id -> !outcome.undelivered(id)).toList();
            outbox.delivered(delivered);
            outbox.release(outcome.later);
            outcome.retry.forEach((id, error) -> outbox.failed(List.of(id), error));
            outcome.hopeless.forEach((id, error) -> outbox.dead(List.of(id), error));
            return delivered.size();
        } catch (IOException | ElasticsearchException e) {
            LOG.infof("Elasticsearch unavailable, %d outbox entries wait: %s", delivery.sendable().size(), e.getMessage());
            outbox.release(delivery.sendable());
            return 0;
        }
    }

    /**
     * What Elasticsearch said of each write (in the order they were sent): a newer version already
     * there is delivery too; pressure (429), a busy cluster (503) or an alias that just moved (404)
     * mean "later", without counting a failure; any other refusal of the document itself (4xx)
     * can never succeed; the rest is retried with backoff.
     */
    private static final class Outcome {

        final Set<Long> later = new HashSet<>();
        final Map<Long, String> retry = new HashMap<>();
        final Map<Long, String> hopeless = new HashMap<>();

        void record(co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem item, Set<Long> entries) {
            var error = item.error();
            if (error == null || "version_conflict_engine_exception".equals(error.type())) {
                return;
            }
            int status = item.status();
            if (status == 429 || status == 503 || status == 404) {
                later.addAll(entries);
                return;
            }
            LOG.warnf("Elasticsearch refused %s/%s: %s", item.index(), item.id(), error.reason());
            var message = "refused by Elasticsearch: " + error.reason();
            entries.forEach(id -> (status >= 400 && status < 500 ? hopeless : retry).put(id, message));
        }

        boolean undelivered(Long id) {
            return later.contains(id) || retry.containsKey(id) || hopeless.containsKey(id);
        }
    }

    /**
     * What one batch turns into: writes (a document to one concrete index, on behalf of some
     * entries), entries that wait (their index is being created), entries that failed.
     */
    private final class Delivery {

        /** A document to one alias, on behalf of some outbox entries. */
        private record Write(String index, Indexer.Document document, Set<Long> entries) {
        }

        final List<Write> writes = new ArrayList<>();
        final List<Long> waiting = new ArrayList<>();
        final Map<String, List<Long>> failures = new HashMap<>();
        final Map<String, List<Long>> hopeless = new HashMap<>();
        private final List<Long> built = new ArrayList<>();

        void add(String type, List<OutboxEntry> entries) {
            var following = indexers.forType(type);
            if (following.isEmpty()) {
                hopeless.computeIfAbsent("nothing indexes '" + type + "' changes", k -> new ArrayList<>())
                        .addAll(entries.stream().map(OutboxEntry::id).toList());
                return;
            }
            var targets = new LinkedHashMap<Indexer, List<String>>();
            for (var indexer : following) {
                List<String> found;
                try {
                    found = indices.writeTargets(indexer.index());
                } catch (java.io.UncheckedIOException | ElasticsearchException e) {
                    found = List.of();
                }
                if (found.isEmpty() && indexer.rebuilds()) {
                    entries.forEach(e -> waiting.add(e.id()));
                    return;
                }
                targets.put(indexer, found);
            }
            var byAggregate = entries.stream().collect(Collectors.groupingBy(OutboxEntry::aggregateId,
                    Collectors.mapping(OutboxEntry::id, Collectors.toSet())));
            targets.forEach((indexer, to) -> {
                for (var document : build(indexer, byAggregate)) {
                    var entryIds = byAggregate.get(document.aggregateId());
                    to.forEach(target -> writes.add(new Write(target, document, entryIds)));
                    built.addAll(entryIds);
                }
            });
            // Fan-out helpers build no documents: their entries are done once built.
            byAggregate.values().stream().flatMap(Set::stream)
                    .filter(id -> !built.contains(id) && failures.values().stream().noneMatch(f -> f.contains(id)))
                    .forEach(built::add);
        }

        /** Documents for every aggregate; one whose document cannot be built fails alone. */
        private List<Indexer.Document> build(Indexer indexer, Map<Long, Set<Long>> byAggregate) {
            try {
                return indexer.documents(byAggregate.keySet());
            } catch (RuntimeException batchFailure) {
                var documents = new ArrayList<Indexer.Document>();
                for (var aggregate : byAggregate.entrySet()) {
                    try {
                        documents.addAll(indexer.documents(List.of(aggregate.getKey())));
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "Could not build the %s document for %s %d", indexer.index().name(),
                                indexer.aggregateType(), aggregate.getKey());
                        fail(String.valueOf(e), aggregate.getValue());
                    }
                }
                return documents;
            }
        }

        private void fail(String error, Collection<Long> ids) {
            failures.computeIfAbsent(error, k -> new ArrayList<>()).addAll(ids);
        }

        /** Entries whose documents are written (or that needed none); one that failed for any indexer is retried whole. */
        List<Long> sendable() {
            var failed = failures.values().stream().flatMap(List::stream).collect(Collectors.toSet());
            return built.stream().distinct().filter(id -> !failed.contains(id)).toList();
        }

        /** One operation per write, in order; through aliases that must exist (never creating an index). */
        List<BulkOperation> operations(long version) {
            return writes.stream().map(w -> w.document().isDelete()
                    ? BulkOperation.of(b -> b.delete(d -> d.index(w.index()).id(w.document().id())
                            .version(version).versionType(VersionType.External)))
                    : BulkOperation.of(b -> b.index(i -> i.index(w.index()).id(w.document().id())
                            .document(w.document().source()).version(version).versionType(VersionType.External)
                            .requireAlias(true))))
                    .toList();
        }
    }
}
