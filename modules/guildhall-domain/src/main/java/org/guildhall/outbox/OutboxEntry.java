package org.guildhall.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One change that search has not seen yet: "aggregate X of type T changed". */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    private Long id;

    @Column(name = "aggregate_type", nullable = false, length = 40)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    private long aggregateId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxEntry() {
    }

    OutboxEntry(String aggregateType, long aggregateId, Instant now) {
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Schedules the next try with exponential backoff (1 s, 2 s, 4 s ... at most 30 s). */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        nextAttemptAt = now.plus(backoff(attempts));
    }

    static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(attempts - 1, 10);
        return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
    }

    public Long id() { return id; }
    public String aggregateType() { return aggregateType; }
    public long aggregateId() { return aggregateId; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
}
