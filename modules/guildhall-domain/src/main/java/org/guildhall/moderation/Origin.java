package org.guildhall.moderation;

import java.util.Locale;

/** How an item came to the queue: someone reported it, or pre-moderation held it. */
public enum Origin {
    REPORTED, HELD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
