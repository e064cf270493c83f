package org.guildhall.flow;

import java.util.Locale;

/**
 * What one person did with another. The weight says how much one such interaction ties two people
 * (an answer more than a thanks); co-membership is not stored as ties but read from memberships.
 */
public enum InteractionKind {
    COMMENT(2), ANSWER(3), THANKS(1), ENDORSEMENT(2), CO_EDIT(2), CO_MEMBERSHIP(0);

    private final int weight;

    InteractionKind(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    /** The kind's name in URLs, JSON and CSV: {@code comment}, {@code co-edit}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The interactions stored as ties (all but co-membership). */
    public static InteractionKind[] tied() {
        return new InteractionKind[] {COMMENT, ANSWER, THANKS, ENDORSEMENT, CO_EDIT};
    }

    /** A SQL expression for the weight of the kind in {@code column}. */
    static String weightSql(String column) {
        var sql = new StringBuilder("case " + column);
        for (var kind : tied()) {
            sql.append(" when '").append(kind.name()).append("' then ").append(kind.weight);
        }
        return sql.append(" else 0 end").toString();
    }
}
