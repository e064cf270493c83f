package org.guildhall.web.observability;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.jboss.logging.Logger;

import org.guildhall.importer.ImportJobs;
import org.guildhall.outbox.Outbox;
import org.guildhall.outbox.ReindexJobs;
import org.guildhall.search.Hits;

/**
 * Gauges of the work no request waits for: the search outbox (waiting, oldest waiting, set
 * aside), the running import and the running index rebuild; and the time every Elasticsearch
 * query takes. The database is read every {@link #EVERY} by the application's own scheduler (a
 * scrape arrives on a management thread, outside the application, where its datasource cannot be
 * reached), so however often Prometheus scrapes, it reads the last values; NaN until the first
 * reading and while the database cannot be read.
 */
@ApplicationScoped
public class BackgroundWorkMetrics {

    private static final Logger LOG = Logger.getLogger(BackgroundWorkMetrics.class);
    static final Duration EVERY = Duration.ofSeconds(5);

    @Inject
    MeterRegistry registry;

    @Inject
    Outbox outbox;

    @Inject
    ImportJobs imports;

    @Inject
    ReindexJobs reindexes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Held here as well: a gauge holds its object only weakly. */
    private final List<Reading> readings = new CopyOnWriteArrayList<>();
    private final List<String> names = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> refresh;

    /** What each one means: docs/operations.md, "Metrics". */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("guildhall.outbox.pending", () -> (double) outbox.pending());
        gauge("guildhall.outbox.lag.seconds", () -> outbox.lag().toMillis() / 1000.0);
        gauge("guildhall.outbox.dead", () -> (double) outbox.deadCount());
        gauge("guildhall.import.lines.read", () -> imports.running().map(j -> (double) j.linesDone()).orElse(0.0));
        gauge("guildhall.import.lines.expected", () -> imports.running().map(j -> (double) j.total()).orElse(0.0));
        gauge("guildhall.reindex.documents.written", () -> reindexes.active().map(j -> (double) j.done()).orElse(0.0));
        gauge("guildhall.reindex.documents.expected", () -> reindexes.active().map(j -> (double) j.total()).orElse(0.0));
        var searches = registry.timer("guildhall.search.latency");
        Hits.reportLatencyTo(searches::record);
        refresh = scheduler.scheduleWithFixedDelay(this::read, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The server's registry outlives the deployment: a redeployed application must not find its old gauges. */
    @PreDestroy
    void stop() {
        if (refresh != null) {
            refresh.cancel(false);
        }
        names.forEach(this::forget);
    }

    /**
     * Through {@code registry.gauge(...)}: WildFly's per-deployment registry exports only meters
     * made through its own methods. One left by an earlier deployment would keep reading that
     * deployment's (dead) values, so it goes first.
     */
    private void gauge(String name, Supplier<Double> source) {
        forget(name);
        var reading = new Reading(source);
        readings.add(reading);
        names.add(name);
        registry.gauge(name, Tags.empty(), reading, Reading::value);
    }

    private void forget(String name) {
        var old = registry.find(name).gauge();
        if (old != null) {
            registry.remove(old);
        }
    }

    private void read() {
        readings.forEach(Reading::read);
    }

    /** The last value read from the database. */
    private static final class Reading {
        private final Supplier<Double> source;
        private volatile double value = Double.NaN;

        Reading(Supplier<Double> source) {
            this.source = source;
        }

        void read() {
            try {
                value = source.get();
            } catch (RuntimeException e) {
                LOG.debugf("A gauge could not be read: %s", e.getMessage());
                value = Double.NaN;
            }
        }

        double value() {
            return value;
        }
    }
}
