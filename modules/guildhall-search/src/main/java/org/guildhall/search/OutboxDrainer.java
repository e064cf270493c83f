package org.guildhall.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.guildhall.outbox.Outbox;
import org.guildhall.outbox.OutboxAppended;
import org.guildhall.outbox.OutboxEntry;
import org.jboss.logging.Logger;

/**
 * Delivers outbox entries to Elasticsearch: right after a writing transaction commits, and every
 * second for whatever is due (retries, entries from other nodes). Failures stay in the outbox
 * with exponential backoff; an entry leaves the outbox only when Elasticsearch has accepted it.
 */
@ApplicationScoped
public class OutboxDrainer {

    private static final Logger LOG = Logger.getLogger(OutboxDrainer.class);
    private static final int BATCH = 500;

    @Inject
    Outbox outbox;

    @Inject
    SearchClient search;

    @Inject
    Indices indices;

    @Inject
    @Any
    Instance<Indexer> indexers;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicBoolean draining = new AtomicBoolean();
    private ScheduledFuture<?> poll;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        poll = scheduler.scheduleWithFixedDelay(this::drainQuietly, 1, 1, TimeUnit.SECONDS);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        scheduler.execute(this::drainQuietly);
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.warn("Outbox drain failed; will retry", e);
        }
    }

    /** Delivers everything due; answers how many entries were delivered. One drain at a time. */
    public int drain() {
        if (!draining.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int delivered = 0;
            List<OutboxEntry> batch;
            while (!(batch = outbox.due(BATCH)).isEmpty()) {
                int sent = deliver(batch);
                delivered += sent;
                if (sent < batch.size()) {
                    break;
                }
            }
            return delivered;
        } finally {
            draining.set(false);
        }
    }

    private int deliver(List<OutboxEntry> batch) {
        var ids = batch.stream().map(OutboxEntry::id).toList();
        if (!indices.ensure()) {
            outbox.failed(ids, "Elasticsearch is not available");
            return 0;
        }
        var operations = new ArrayList<BulkOperation>();
        var entriesByDocument = new HashMap<String, List<Long>>();
        var byType = batch.stream().collect(Collectors.groupingBy(OutboxEntry::aggregateType));
        for (var group : byType.entrySet()) {
            var indexer = indexer(group.getKey());
            for (OutboxEntry entry : group.getValue()) {
                entriesByDocument.computeIfAbsent(key(indexer.index().indexName(), entry.aggregateId()),
                        k -> new ArrayList<>()).add(entry.id());
            }
            operations.addAll(indexer.operations(
                    group.getValue().stream().map(OutboxEntry::aggregateId).distinct().toList()));
        }
        try {
            var response = search.es().bulk(b -> b.operations(operations));
            var failed = new ArrayList<Long>();
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    LOG.warnf("Elasticsearch rejected %s/%s: %s", item.index(), item.id(), item.error().reason());
                    failed.addAll(entriesByDocument.getOrDefault(key(item.index(), item.id()), List.of()));
                }
            }
            var delivered = ids.stream().filter(id -> !failed.contains(id)).toList();
            outbox.delivered(delivered);
            outbox.failed(failed, "rejected by Elasticsearch");
            return delivered.size();
        } catch (IOException | ElasticsearchException e) {
            LOG.infof("Elasticsearch unavailable, %d outbox entries wait for the next attempt: %s",
                    ids.size(), e.getMessage());
            outbox.failed(ids, e.getMessage());
            return 0;
        }
    }

    private Indexer indexer(String aggregateType) {
        return indexers.stream().filter(i -> i.aggregateType().equals(aggregateType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No indexer for " + aggregateType));
    }

    /** Requests name the alias, bulk responses the concrete index behind it. */
    private static String key(String index, Object id) {
        return index + "/" + id;
    }
}
