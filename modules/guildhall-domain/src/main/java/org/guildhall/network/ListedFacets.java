package org.guildhall.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The directory's filter values that every employee sees alike (topics and departments of listed
 * live networks), kept for {@link #FRESH}: reading them is a scan of every network's topics, too
 * dear for each directory page at thousands of networks. A new topic shows in the filter within
 * that time; the network itself is in the directory, its page and search at once.
 */
@ApplicationScoped
class ListedFacets {

    static final Duration FRESH = Duration.ofSeconds(60);

    @Inject
    Clock clock;

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(List<String> values, Instant until) {
    }

    /** The values of one facet ("topics", "departments"), loaded again once they are {@link #FRESH} old. */
    List<String> values(String facet, Supplier<List<String>> load) {
        var now = clock.instant();
        var values = kept.get(facet);
        if (values == null || now.isAfter(values.until())) {
            values = new Kept(load.get(), now.plus(FRESH));
            kept.put(facet, values);
        }
        return values.values();
    }
}
