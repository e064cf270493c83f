package org.guildhall.web.notification;

import java.time.Instant;

import org.guildhall.notification.Inbox;

/** A notification for integrations: its sentence, where it leads, when, whether it was read. */
public record NotificationJson(long id, String kind, String text, String url, String actor, String network, Instant createdAt,
                               boolean read) {

    static NotificationJson of(Inbox.Shown shown, Sentences sentences) {
        var n = shown.notification();
        return new NotificationJson(n.id(), n.kind().code(), sentences.of(shown), NotificationLinks.path(shown),
                n.actor() == null ? null : n.actor().username(), n.network() == null ? null : n.network().slug(),
                n.createdAt(), n.isRead());
    }
}
