package org.guildhall.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    private volatile Kept topics;
    private volatile Kept departments;

    private record Kept(List<String> values, Instant until) {
    }

    List<String> topics(Supplier<List<String>> load) {
        var kept = topics;
        if (kept == null || clock.instant().isAfter(kept.until())) {
            topics = kept = new Kept(load.get(), clock.instant().plus(FRESH));
        }
        return kept.values();
    }

    List<String> departments(Supplier<List<String>> load) {
        var kept = departments;
        if (kept == null || clock.instant().isAfter(kept.until())) {
            departments = kept = new Kept(load.get(), clock.instant().plus(FRESH));
        }
        return kept.values();
    }
}
