package org.guildhall.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A rebuild of every search index from the database, with its progress. Requested by an admin
 * (or at start-up, when an index is missing, outdated or another database's), then claimed and
 * run by one node, which reports a heartbeat; a job whose node died is taken over by another.
 */
@Entity
@Table(name = "reindex_job")
public class ReindexJob {

    public enum State { REQUESTED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reindex_job_seq")
    @SequenceGenerator(name = "reindex_job_seq", sequenceName = "reindex_job_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "requested_by", length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    /** 1 while requested or running (unique), so two can never be active at once. */
    @Column(name = "active_slot")
    private Integer activeSlot;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "started_at")
    private Instant startedAt;

    /** When documents started to flow (after the new indices were created and every node had seen them). */
    @Column(name = "indexing_at")
    private Instant indexingAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** When the last document was indexed (before the alias swap). */
    @Column(name = "indexed_at")
    private Instant indexedAt;

    @Column(nullable = false)
    private long total;

    @Column(nullable = false)
    private long done;

    @Column(length = 1000)
    private String error;

    protected ReindexJob() {
    }

    ReindexJob(String reason, String requestedBy, Instant now) {
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.state = State.REQUESTED;
        this.activeSlot = 1;
    }

    void start(String node, Instant now) {
        state = State.RUNNING;
        claimedBy = node;
        heartbeatAt = now;
        startedAt = now;
        indexingAt = null;
        indexedAt = null;
        finishedAt = null;
        total = 0;
        done = 0;
    }

    void progress(long newTotal, long newDone, Instant now) {
        if (indexingAt == null && newDone > 0) {
            indexingAt = now;
        }
        total = newTotal;
        done = newDone;
        heartbeatAt = now;
    }

    void requeue() {
        state = State.REQUESTED;
        claimedBy = null;
    }

    void beat(Instant now) {
        heartbeatAt = now;
    }

    /** Documents start to flow now (the rate is measured from here). */
    void indexing(Instant now) {
        indexingAt = now;
        heartbeatAt = now;
    }

    void indexed(Instant now) {
        indexedAt = now;
        heartbeatAt = now;
    }

    void finish(Instant now) {
        state = State.DONE;
        activeSlot = null;
        finishedAt = now;
        heartbeatAt = now;
    }

    void fail(String message, Instant now) {
        state = State.FAILED;
        activeSlot = null;
        finishedAt = now;
        error = message == null ? "unknown error" : message.substring(0, Math.min(message.length(), 1000));
    }

    public boolean isActive() {
        return state == State.REQUESTED || state == State.RUNNING;
    }

    /** Documents per second while indexing (creating and swapping indices is not counted). */
    public double rate(Instant now) {
        if (indexingAt == null || done == 0) {
            return 0;
        }
        var end = indexedAt != null ? indexedAt : now;
        double seconds = Math.max(0.001, Duration.between(indexingAt, end).toMillis() / 1000.0);
        return done / seconds;
    }

    /** Time left at the current rate, when it can be told. */
    public Duration remaining(Instant now) {
        double rate = rate(now);
        if (state != State.RUNNING || rate <= 0 || total <= done) {
            return null;
        }
        return Duration.ofSeconds((long) Math.ceil((total - done) / rate));
    }

    public int percent() {
        return total == 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }

    public Long id() { return id; }
    public String reason() { return reason; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public State state() { return state; }
    public String claimedBy() { return claimedBy; }
    public Instant heartbeatAt() { return heartbeatAt; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public Instant indexingAt() { return indexingAt; }
    public Instant indexedAt() { return indexedAt; }
    public long total() { return total; }
    public long done() { return done; }
    public String error() { return error; }
}
