package org.guildhall.search.expertise;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers computed lately, for a while, by key; when many ask the same question at once (a
 * popular profile, a busy search), one computes and the others wait for its answer instead of
 * each sending Elasticsearch the same heavy request.
 */
final class Remembered<V> {

    private record Known<V>(long at, V value) {
    }

    private final Duration freshness;
    private final int capacity;
    private final ConcurrentHashMap<String, Known<V>> known = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompletableFuture<V>> computing = new ConcurrentHashMap<>();

    Remembered(Duration freshness, int capacity) {
        this.freshness = freshness;
        this.capacity = capacity;
    }

    V get(String key, Supplier<V> compute) {
        var hit = known.get(key);
        if (hit != null && hit.at() > System.nanoTime() - freshness.toNanos()) {
            return hit.value();
        }
        var mine = new CompletableFuture<V>();
        var other = computing.putIfAbsent(key, mine);
        if (other != null) {
            try {
                return other.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
        }
        try {
            var value = compute.get();
            if (known.size() >= capacity) {
                known.clear();
            }
            known.put(key, new Known<>(System.nanoTime(), value));
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }
}
