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

/**
 * One change that search has not seen yet: "aggregate X of type T changed". A node claims it for
 * a while before delivering it; after {@link #MAX_ATTEMPTS} failed deliveries it is dead: set
 * aside with its error, for an admin to retry or discard, so it blocks nothing behind it.
 */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    public static final int MAX_ATTEMPTS = 8;

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

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "dead_at")
    private Instant deadAt;

    protected OutboxEntry() {
    }

    OutboxEntry(String aggregateType, long aggregateId, Instant now) {
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Schedules the next try with exponential backoff (1 s, 2 s, 4 s ... at most 30 s), or gives up. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        nextAttemptAt = now.plus(backoff(attempts));
        release();
        if (attempts >= MAX_ATTEMPTS) {
            deadAt = now;
        }
    }

    /** A failure that no retry can mend (nothing knows how to index it, the document is malformed). */
    void dead(String error, Instant now) {
        failed(error, now);
        deadAt = now;
    }

    /** Back in the queue at once, as if new (an admin's retry of a dead entry). */
    void retry(Instant now) {
        attempts = 0;
        deadAt = null;
        nextAttemptAt = now;
        release();
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    static Duration backoff(int attempts) {
        long seconds = 1L << Math.min(attempts - 1, 10);
        return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
    }

    public Long id() { return id; }
    public String aggregateType() { return aggregateType; }
    public long aggregateId() { return aggregateId; }
    public Instant createdAt() { return createdAt; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
    public Instant deadAt() { return deadAt; }
    public boolean isDead() { return deadAt != null; }
}
