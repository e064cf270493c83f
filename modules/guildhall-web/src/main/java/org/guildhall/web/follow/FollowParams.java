package org.guildhall.web.follow;

import org.guildhall.access.InvalidField;
import org.guildhall.follow.FollowKind;
import org.guildhall.network.Coded;

/** Follow parameters as forms and the API spell them. */
final class FollowParams {

    private FollowParams() {
    }

    static FollowKind kind(String code) {
        return Coded.parse(FollowKind.class, code == null ? "" : code.strip())
                .orElseThrow(() -> new InvalidField("kind", "Say what to follow: network, person, tag or wiki-page."));
    }
}
