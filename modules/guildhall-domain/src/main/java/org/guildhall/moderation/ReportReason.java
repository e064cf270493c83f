package org.guildhall.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why someone reports an item: the list people choose from (Discourse's and Connections' reasons). */
public enum ReportReason {
    INSULTING, HARASSMENT, SPAM, OFF_TOPIC, MISLEADING, CONFIDENTIAL, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReportReason> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
