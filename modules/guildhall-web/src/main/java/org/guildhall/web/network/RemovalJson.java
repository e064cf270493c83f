package org.guildhall.web.network;

import java.time.Instant;

import org.guildhall.network.MembershipEvent;

/** Why the viewer is no longer a member of a network: who removed them, when, and the reason. */
public record RemovalJson(String network, String networkName, String removedBy, Instant at, String reason) {

    static RemovalJson of(MembershipEvent e) {
        return new RemovalJson(e.network().slug(), e.network().name(), e.actor().displayName(), e.occurredAt(), e.detail());
    }
}
