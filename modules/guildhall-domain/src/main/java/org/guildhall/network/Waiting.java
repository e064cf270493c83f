package org.guildhall.network;

import java.util.Map;

/**
 * What waits for a person's decision: join requests in the networks they own or moderate (by
 * network id) and, for administrators, proposed networks.
 */
public record Waiting(Map<Long, Long> requests, long proposals) {

    public static final Waiting NOTHING = new Waiting(Map.of(), 0);

    public Waiting {
        requests = Map.copyOf(requests);
    }

    public long requestsIn(Long networkId) {
        return requests.getOrDefault(networkId, 0L);
    }

    public long total() {
        return requests.values().stream().mapToLong(Long::longValue).sum() + proposals;
    }
}
