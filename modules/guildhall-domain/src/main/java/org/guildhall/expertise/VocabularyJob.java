package org.guildhall.expertise;

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
 * Learning every skill's vocabulary again from the organisation's writing: requested by an admin
 * (or daily), run by one node, its progress counted in skills.
 */
@Entity
@Table(name = "expertise_job")
public class VocabularyJob {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "expertise_job_seq")
    @SequenceGenerator(name = "expertise_job_seq", sequenceName = "expertise_job_seq", allocationSize = 50)
    private Long id;

    @Column(name = "requested_by", length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    /** 1 while queued or running (unique), so two can never be active at once. */
    @Column(name = "active_slot")
    private Integer activeSlot;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private long total;

    @Column(nullable = false)
    private long done;

    @Column(length = 1000)
    private String error;

    protected VocabularyJob() {
    }

    VocabularyJob(String requestedBy, Instant now) {
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.state = State.QUEUED;
        this.activeSlot = 1;
    }

    void start(String node, Instant now) {
        state = State.RUNNING;
        claimedBy = node;
        startedAt = now;
        heartbeatAt = now;
        done = 0;
    }

    void progress(long newTotal, long newDone, Instant now) {
        total = newTotal;
        done = newDone;
        heartbeatAt = now;
    }

    void finish(Instant now) {
        state = State.DONE;
        activeSlot = null;
        finishedAt = now;
        done = total;
    }

    void fail(String message, Instant now) {
        state = State.FAILED;
        activeSlot = null;
        finishedAt = now;
        error = message == null ? "failed" : message.substring(0, Math.min(1000, message.length()));
    }

    void requeue() {
        state = State.QUEUED;
        claimedBy = null;
    }

    public int percent() {
        return total == 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }

    public boolean isActive() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    public Long id() { return id; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public State state() { return state; }
    public String claimedBy() { return claimedBy; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public long total() { return total; }
    public long done() { return done; }
    public String error() { return error; }
}
