package org.guildhall.network;

import java.util.List;

import org.guildhall.access.Conflict;

/**
 * A proposed network's name is close to networks that already exist: the proposer should look at
 * them first, and propose anyway only on purpose.
 */
public class SimilarNetworks extends Conflict {

    private final transient List<NetworkSummary> similar;

    public SimilarNetworks(List<NetworkSummary> similar) {
        super("Networks with similar names exist: " + String.join(", ", similar.stream().map(NetworkSummary::name).toList())
                + ". Join one of them, or confirm that yours is different.");
        this.similar = List.copyOf(similar);
    }

    public List<NetworkSummary> similar() {
        return similar;
    }
}
