package org.guildhall.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events a webhook can ask for, as integrators spell them. */
public enum WebhookEvent {
    POST_PUBLISHED("post.published"),
    COMMENT_CREATED("comment.created"),
    WIKI_PAGE_EDITED("wiki.page.edited"),
    MEMBER_JOINED("network.member.joined");

    private final String code;

    WebhookEvent(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<WebhookEvent> of(String code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(e -> e.code.equals(code.strip())).findFirst();
    }
}
