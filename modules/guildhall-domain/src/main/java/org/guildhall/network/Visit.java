package org.guildhall.network;

import java.util.Optional;

import org.guildhall.access.Viewer;

/** A network as one viewer sees it: the network, their standing, and what they may do. */
public record Visit(Network network, Optional<Membership> mine, boolean canManage, boolean canModerate,
                    boolean canSeeContent) {

    /** An admin acting on a network they do not moderate themselves: the log says so. */
    boolean actsAsAdmin(Viewer viewer) {
        return viewer.isAdmin() && mine.filter(Membership::isModerator).isEmpty();
    }

    boolean isActiveMember() {
        return mine.filter(Membership::isActive).isPresent();
    }
}
