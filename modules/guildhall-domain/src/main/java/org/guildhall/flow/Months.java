package org.guildhall.flow;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Months as the flow tables count them: year × 12 + month − 1, in UTC, so periods are integer ranges. */
public final class Months {

    /** How much a month-old interaction still ties two people: half after this many months. */
    static final double HALF_LIFE = 6.0;

    private Months() {
    }

    public static int of(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    public static int of(Instant instant) {
        return of(YearMonth.from(instant.atZone(ZoneOffset.UTC)));
    }

    public static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    /** The SQL expression of a timestamp column's month. */
    static String sql(String column) {
        return "(extract(year from " + column + ") * 12 + extract(month from " + column + ") - 1)";
    }

    /** The SQL expression of the recency weight of the month in {@code column}, given {@code :now}'s month. */
    static String decaySql(String column) {
        return "power(0.5, (:now - " + column + ") / " + HALF_LIFE + ")";
    }
}
