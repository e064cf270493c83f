package org.guildhall.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutboxEntryTest {

    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void a_new_entry_is_due_at_once() {
        assertThat(new OutboxEntry("person", 7, now).nextAttemptAt()).isEqualTo(now);
    }

    @Test
    void failures_back_off_exponentially_up_to_thirty_seconds() {
        assertThat(OutboxEntry.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(OutboxEntry.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxEntry.backoff(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(OutboxEntry.backoff(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxEntry.backoff(60)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_failure_is_counted_and_remembered() {
        var entry = new OutboxEntry("person", 7, now);
        entry.failed("connection refused", now);
        entry.failed("x".repeat(5000), now);
        assertThat(entry.attempts()).isEqualTo(2);
        assertThat(entry.lastError()).hasSize(1000);
        assertThat(entry.nextAttemptAt()).isEqualTo(now.plusSeconds(2));
    }
}
