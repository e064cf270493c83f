package org.guildhall.flow;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.guildhall.access.InvalidField;

/** Whole months from {@code since} to {@code until}, both included: the period a map or a drill-down covers. */
public record Period(YearMonth since, YearMonth until) {

    /** The longest period: the computation keeps three years. */
    static final int MAX_MONTHS = FlowComputation.KEPT_MONTHS;

    /** The period from the request's {@code since} and {@code until} (yyyy-MM), by default the last twelve months. */
    public static Period parse(String since, String until, Clock clock) {
        var end = blank(until) ? YearMonth.now(clock.withZone(ZoneOffset.UTC)) : month("until", until);
        var start = blank(since) ? end.minusMonths(11) : month("since", since);
        if (start.isAfter(end)) {
            throw new InvalidField("since", "The period starts after it ends.");
        }
        if (Months.of(end) - Months.of(start) >= MAX_MONTHS) {
            throw new InvalidField("since", "A period is at most " + MAX_MONTHS + " months long.");
        }
        return new Period(start, end);
    }

    int from() {
        return Months.of(since);
    }

    int to() {
        return Months.of(until);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "A month is written like 2026-03.");
        }
    }
}
