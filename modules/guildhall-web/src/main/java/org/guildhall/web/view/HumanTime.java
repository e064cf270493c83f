package org.guildhall.web.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;

import org.ocpsoft.prettytime.PrettyTime;

/**
 * Dates as people read them, in their language: "3 minutes ago" / "vor 3 Minuten" (PrettyTime),
 * "12 Mar 2026" / "12.03.2026" (the JDK's localized formats). Available to templates as {@code time}.
 */
public final class HumanTime {

    private final Clock clock;
    private final ZoneId zone;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;
    private final PrettyTime relative;

    public HumanTime(Clock clock, ZoneId zone, Locale locale) {
        this.clock = clock;
        this.zone = zone;
        this.relative = new PrettyTime(locale);
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

    /** Relative within a month ("just now", "5 hours ago"), then the date. */
    public String ago(Instant instant) {
        if (instant == null) {
            return "";
        }
        var now = clock.instant();
        if (Duration.between(instant, now).toDays() >= 30) {
            return date(instant);
        }
        relative.setReference(Date.from(now));
        // PrettyTime reads "no time at all" as the future ("moments from now"): a clock a little ahead reads as now.
        return relative.format(Date.from(instant.isBefore(now) ? instant : now.minusMillis(1)));
    }
}
