package org.guildhall.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class PreferencesTest {

    private final Preferences preferences = new Preferences();

    {
        preferences.digestHour = 7;
    }

    @Test
    void instant_mail_is_due_at_once_and_off_never() {
        var at = Instant.parse("2026-11-18T15:20:00Z");
        assertThat(preferences.due(Delivery.INSTANT, at)).isEqualTo(at);
        assertThat(preferences.due(Delivery.OFF, at)).isNull();
    }

    @Test
    void a_daily_digest_goes_at_the_next_digest_hour() {
        assertThat(preferences.due(Delivery.DAILY, Instant.parse("2026-11-18T15:20:00Z"))).isEqualTo(Instant.parse("2026-11-19T07:00:00Z"));
        assertThat(preferences.due(Delivery.DAILY, Instant.parse("2026-11-18T06:59:00Z"))).isEqualTo(Instant.parse("2026-11-18T07:00:00Z"));
        assertThat(preferences.due(Delivery.DAILY, Instant.parse("2026-11-18T07:00:00Z"))).isEqualTo(Instant.parse("2026-11-19T07:00:00Z"));
    }

    @Test
    void a_weekly_digest_goes_on_the_next_monday() {
        // 18 November 2026 is a Wednesday; 23 November a Monday.
        assertThat(preferences.due(Delivery.WEEKLY, Instant.parse("2026-11-18T15:20:00Z"))).isEqualTo(Instant.parse("2026-11-23T07:00:00Z"));
        assertThat(preferences.due(Delivery.WEEKLY, Instant.parse("2026-11-23T06:00:00Z"))).isEqualTo(Instant.parse("2026-11-23T07:00:00Z"));
        assertThat(preferences.due(Delivery.WEEKLY, Instant.parse("2026-11-23T08:00:00Z"))).isEqualTo(Instant.parse("2026-11-30T07:00:00Z"));
    }

    @Test
    void failed_mail_waits_longer_each_time_up_to_half_an_hour() {
        assertThat(Notification.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Notification.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Notification.backoff(8)).isEqualTo(Duration.ofMinutes(30));
    }
}
