package org.guildhall.web.network;

import java.time.Instant;

import org.guildhall.network.Membership;

/** One row of a membership directory (or a pending request or invitation). */
public record MemberJson(String username, String displayName, String department, String title, String role,
                         String state, Instant joinedAt, Instant since, String message, long version) {

    static MemberJson of(Membership m) {
        var p = m.person();
        return new MemberJson(p.username(), p.displayName(), p.department(), p.title(), m.role().code(),
                m.state().code(), m.joinedAt(), m.createdAt(), m.message(), m.version());
    }
}
