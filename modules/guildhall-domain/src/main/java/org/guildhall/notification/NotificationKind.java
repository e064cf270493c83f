package org.guildhall.notification;

import org.guildhall.network.Coded;

/** What a notification tells; each kind has its own mail preference, with the default given here. */
public enum NotificationKind implements Coded {
    MENTION(Delivery.INSTANT),
    REPLY(Delivery.INSTANT),
    THANKS(Delivery.DAILY),
    ENDORSEMENT(Delivery.DAILY),
    /** A decision about one's membership: a request approved or declined, a role changed, a removal, a proposal decided. */
    MEMBERSHIP(Delivery.INSTANT),
    INVITATION(Delivery.INSTANT),
    /** Someone asks to join a network one owns or moderates. */
    REQUEST(Delivery.INSTANT),
    /** A moderator's decision about what one wrote, or about oneself. */
    MODERATION(Delivery.INSTANT),
    /** What became of an item one reported. */
    REPORT_OUTCOME(Delivery.DAILY),
    /** A question offered to one as a likely expert (or by a colleague who thought of them), with why. */
    QUESTION_ROUTED(Delivery.INSTANT),
    /** An answer to a question one asked. */
    ANSWER(Delivery.INSTANT),
    /** One's answer was accepted. */
    ANSWER_ACCEPTED(Delivery.DAILY);

    private final Delivery byDefault;

    NotificationKind(Delivery byDefault) {
        this.byDefault = byDefault;
    }

    public Delivery byDefault() {
        return byDefault;
    }
}
