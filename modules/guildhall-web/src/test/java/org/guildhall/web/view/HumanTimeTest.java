package org.guildhall.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class HumanTimeTest {

    private final Instant now = Instant.parse("2026-03-12T10:00:00Z");
    private final HumanTime time = new HumanTime(Clock.fixed(now, ZoneOffset.UTC), ZoneOffset.UTC, Locale.UK);

    @Test
    void recent_moments_read_as_elapsed_time() {
        assertThat(time.ago(now.minusSeconds(20))).isEqualTo("moments ago");
        assertThat(time.ago(now.minus(Duration.ofMinutes(1)))).isEqualTo("1 minute ago");
        assertThat(time.ago(now.minus(Duration.ofHours(5)))).isEqualTo("5 hours ago");
        assertThat(time.ago(now.minus(Duration.ofDays(3)))).isEqualTo("3 days ago");
    }

    @Test
    void german_readers_read_german() {
        var german = new HumanTime(Clock.fixed(now, ZoneOffset.UTC), ZoneOffset.UTC, Locale.GERMAN);
        assertThat(german.ago(now.minus(Duration.ofHours(5)))).isEqualTo("vor 5 Stunden");
        assertThat(german.ago(now.minus(Duration.ofDays(3)))).isEqualTo("vor 3 Tagen");
        assertThat(german.date(now)).isEqualTo("12.03.2026");
    }

    @Test
    void a_moment_in_the_future_reads_as_now() {
        assertThat(time.ago(now.plusSeconds(30))).isEqualTo("moments ago");
    }

    @Test
    void older_moments_read_as_dates() {
        assertThat(time.ago(now.minus(Duration.ofDays(60)))).isEqualTo("11 Jan 2026");
        assertThat(time.date(now)).isEqualTo("12 Mar 2026");
    }

    @Test
    void nothing_reads_as_nothing() {
        assertThat(time.ago(null)).isEmpty();
    }
}
