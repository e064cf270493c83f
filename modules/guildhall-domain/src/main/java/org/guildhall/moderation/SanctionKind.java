package org.guildhall.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A mute stops someone writing; a ban also stops them joining (or asking to join) again. */
public enum SanctionKind {
    MUTE, BAN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SanctionKind> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
