package org.guildhall.web.network;

import java.time.Instant;

import org.guildhall.network.MembershipEvent;

/** One line of the membership log: who it concerned, who acted, what, when, and whether as admin. */
public record LogJson(String subject, String actor, String action, String detail, boolean asAdmin, Instant at) {

    static LogJson of(MembershipEvent e) {
        return new LogJson(e.subject().username(), e.actor().username(), e.action().code(), e.detail(), e.asAdmin(),
                e.occurredAt());
    }
}
