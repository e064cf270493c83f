package org.guildhall.search.network;

import java.util.List;
import java.util.Map;

import org.guildhall.network.Network;

/**
 * What the network index holds (see /search/networks-v2.json). {@code seenBy} is the network's
 * stored audience of who may know it exists; name suggestions carry the same keys as completion
 * contexts, since a completion query cannot take a filter.
 */
public record NetworkDocument(String slug, String name, Map<String, Object> nameSuggest, String description,
                              String purpose, String whoShouldJoin, List<String> topics, List<String> departments,
                              String status, List<String> seenBy) {

    static NetworkDocument of(Network n) {
        var seenBy = List.copyOf(n.seenBy().sorted());
        return new NetworkDocument(n.slug(), n.name(),
                Map.of("input", List.of(n.name()), "contexts", Map.of("audience", seenBy)),
                n.description(), n.purpose(), n.whoShouldJoin(), n.topics(), n.departments(), n.status().code(), seenBy);
    }
}
