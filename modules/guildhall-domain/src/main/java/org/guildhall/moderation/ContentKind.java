package org.guildhall.moderation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What can be reported and moderated. Questions and answers join when they exist. */
public enum ContentKind {
    POST, COMMENT, WIKI_REVISION, PERSON;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ContentKind> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.code().equals(code.strip().toLowerCase(Locale.ROOT))).findFirst();
    }
}
