package org.guildhall.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which new items wait for a moderator: none, the first few of each new member, or all of them. */
public enum PreModerationMode {
    NONE, NEW_MEMBERS, EVERYTHING;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PreModerationMode> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(m -> m.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
