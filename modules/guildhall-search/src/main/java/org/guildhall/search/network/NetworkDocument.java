package org.guildhall.search.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guildhall.network.Network;

/**
 * What the network index holds (see /search/networks-v1.json). {@code memberIds} are the people
 * who may see the network even when it is hidden: members and invitees.
 */
public record NetworkDocument(String slug, String name, Map<String, Object> nameSuggest, String description,
                              String purpose, String whoShouldJoin, List<String> topics, List<String> departments,
                              String status, String visibility, List<Long> memberIds, int memberCount,
                              Instant lastActivityAt) {

    /**
     * Name suggestions carry their audience as completion contexts, mirroring the access policy:
     * {@code everyone} for listed live networks, {@code member-<id>} for members and invitees of
     * hidden ones, {@code admin} always.
     */
    static NetworkDocument of(Network n, List<Long> memberIds) {
        var audience = new ArrayList<String>();
        audience.add(NetworkSearch.ADMIN_AUDIENCE);
        if (n.isLive()) {
            if (n.isHidden()) {
                memberIds.forEach(id -> audience.add(NetworkSearch.memberAudience(id)));
            } else {
                audience.add(NetworkSearch.EVERYONE_AUDIENCE);
            }
        }
        return new NetworkDocument(n.slug(), n.name(),
                Map.of("input", List.of(n.name()), "contexts", Map.of("audience", audience)),
                n.description(), n.purpose(), n.whoShouldJoin(), n.topics(), n.departments(), n.status().code(),
                n.visibility().code(), memberIds, n.memberCount(), n.lastActivityAt());
    }
}
