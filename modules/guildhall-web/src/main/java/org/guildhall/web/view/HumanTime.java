package org.guildhall.web.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people read them: "3 minutes ago", "12 Mar 2026". Available to templates as {@code time}. */
public final class HumanTime {

    private final Clock clock;
    private final ZoneId zone;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;

    public HumanTime(Clock clock, ZoneId zone, Locale locale) {
        this.clock = clock;
        this.zone = zone;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    public Instant now() {
        return clock.instant();
    }

    /** "12 Mar 2026, 14:05". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTimes.format(instant.atZone(zone));
    }

    /** "2 min 5 s", "1 h 3 min": how long something will take. */
    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }

    /** A calendar date (a review date, the first day of a period), as it is: no zone to convert. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : dates.format(day);
    }

    public String date(Instant instant) {
        return instant == null ? "" : dates.format(instant.atZone(zone));
    }

    public String ago(Instant instant) {
        if (instant == null) {
            return "";
        }
        var elapsed = Duration.between(instant, clock.instant());
        if (elapsed.toMinutes() < 1) {
            return "just now";
        }
        if (elapsed.toHours() < 1) {
            return plural(elapsed.toMinutes(), "minute");
        }
        if (elapsed.toDays() < 1) {
            return plural(elapsed.toHours(), "hour");
        }
        if (elapsed.toDays() < 30) {
            return plural(elapsed.toDays(), "day");
        }
        return date(instant);
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s") + " ago";
    }
}
