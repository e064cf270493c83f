package org.guildhall.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a moderator decides about a case. On an item held for approval, {@link #KEEP} publishes it
 * and {@link #HIDE} or {@link #DELETE} rejects it. {@link #WARN} keeps the item and warns its
 * author; {@link #BAN} hides it and bans its author from the network for a period.
 */
public enum Decision {
    KEEP, HIDE, DELETE, EDIT, WARN, BAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the item stays (or becomes) visible to readers. */
    public boolean keepsItem() {
        return this == KEEP || this == EDIT || this == WARN;
    }

    public static Optional<Decision> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(d -> d.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
