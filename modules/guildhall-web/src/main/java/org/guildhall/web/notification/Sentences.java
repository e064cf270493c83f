package org.guildhall.web.notification;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.notification.Inbox;
import org.guildhall.web.view.Messages;

/** A notification as one sentence ("Alice mentioned you in “Kafka at scale”"), the same on the page, in JSON, mail and feeds. */
@ApplicationScoped
public class Sentences {

    @Inject
    Messages messages;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    /** In the language of the request being answered. */
    public String of(Inbox.Shown shown) {
        return of(shown, request.getLocale());
    }

    public String of(Inbox.Shown shown, Locale locale) {
        var n = shown.notification();
        var actor = n.actor() == null ? messages.get(locale, "notification.someone") : n.actor().displayName();
        return messages.get(locale, "notification.kind." + n.kind().code(), actor, NotificationLinks.title(shown),
                n.detail() == null ? "" : n.detail());
    }
}
