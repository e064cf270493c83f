package org.guildhall.text;

import java.util.Locale;

/**
 * Patterns for JPQL {@code like … escape '\'}, so that a person typing {@code 50%} or
 * {@code first_name} searches for exactly that rather than for wildcards.
 */
public final class Like {

    /** The clause suffix every pattern from this class needs. */
    public static final String ESCAPE = " escape '\\'";

    private Like() {
    }

    /** Lower-cased text anywhere in the value. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** Lower-cased text at the start of the value. */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }

    private static String literal(String text) {
        return text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
