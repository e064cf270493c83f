package org.guildhall.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.guildhall.paging.Page;

/**
 * Turning Elasticsearch hits into what the reader may see: every hit is re-checked against the
 * database (the index may lag a change of audience, or hold a document the database no longer
 * has). A hit that fails the check is dropped, the total is lowered by as much, and the document
 * is queued for re-indexing so the index heals.
 */
public final class Hits {

    /** Elasticsearch's default result window: from + size may not exceed it. */
    public static final int MAX_WINDOW = 10_000;

    private Hits() {
    }

    /**
     * The hits, in order, that are among {@code allowed} (keyed by id), mapped with their hit;
     * {@code stale} receives the ids that were dropped.
     */
    public static <E, R> Page<R> recheck(SearchResponse<Void> response, Map<Long, E> allowed, BiFunction<E, Hit<Void>, R> result,
                                         Consumer<List<Long>> stale, int page, int size) {
        var shown = new ArrayList<R>();
        var dropped = new ArrayList<Long>();
        for (var hit : response.hits().hits()) {
            var id = Long.valueOf(hit.id());
            var entity = allowed.get(id);
            if (entity == null) {
                dropped.add(id);
            } else {
                shown.add(result.apply(entity, hit));
            }
        }
        if (!dropped.isEmpty()) {
            stale.accept(dropped);
        }
        long total = response.hits().total() == null ? shown.size() : response.hits().total().value();
        return new Page<>(shown, Math.max(shown.size(), total - dropped.size()), page, size);
    }

    public static List<Long> ids(SearchResponse<Void> response) {
        return response.hits().hits().stream().map(h -> Long.valueOf(h.id())).toList();
    }

    /** Told how long each search took, failed ones included (the metrics); nobody until someone listens. */
    private static volatile Consumer<java.time.Duration> latency = took -> { };

    public static void reportLatencyTo(Consumer<java.time.Duration> listener) {
        latency = listener;
    }

    /** Runs a search, turning a failure to reach Elasticsearch into {@link SearchUnavailable}. */
    public static <T> T run(Call<T> call) {
        long start = System.nanoTime();
        try {
            return call.get();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable(e);
        } finally {
            latency.accept(java.time.Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * The highlighted fragments of a hit, joined, from the first highlighted field that is not
     * {@code title} (a title shows anyway); the title's when only it matched; null when none did.
     */
    public static String snippet(co.elastic.clients.elasticsearch.core.search.Hit<Void> hit) {
        return hit.highlight().entrySet().stream()
                .sorted(java.util.Comparator.comparing(e -> "title".equals(e.getKey())))
                .map(e -> String.join(" … ", e.getValue()))
                .findFirst().orElse(null);
    }

    /** A request to Elasticsearch. */
    public interface Call<T> {
        T get() throws IOException;
    }
}
