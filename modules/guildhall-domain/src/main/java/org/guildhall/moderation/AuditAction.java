package org.guildhall.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Every kind of moderation action the audit log records. */
public enum AuditAction {
    KEEP, HIDE, DELETE, EDIT, WARN, APPROVE, REJECT, RESTORE, ASSIGN,
    BAN, MUTE, LIFT,
    PIN, UNPIN, FEATURE, UNFEATURE, LOCK, UNLOCK,
    SETTINGS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Actions whose subject is told (on their notices), with the reason. */
    public boolean toldToSubject() {
        return switch (this) {
            case HIDE, DELETE, EDIT, WARN, REJECT, RESTORE, BAN, MUTE, LIFT, APPROVE -> true;
            default -> false;
        };
    }

    public static Optional<AuditAction> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(a -> a.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
