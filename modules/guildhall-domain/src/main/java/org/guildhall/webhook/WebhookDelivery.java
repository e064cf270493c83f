package org.guildhall.webhook;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One event on its way to one webhook. Due while {@code nextAttemptAt} is set; delivered on a
 * 2xx answer; after {@link #ATTEMPTS} failures it has failed for good (an admin may replay it).
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    static final int ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "webhook_id")
    private Webhook webhook;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private WebhookEvent event;

    @Column(nullable = false, length = 20000)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "replay_of")
    private Long replayOf;

    /** What the event is about ({@code post}, {@code comment}, {@code wiki-page}, {@code network}), checked again before sending. */
    @Column(name = "subject_type", length = 20)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    protected WebhookDelivery() {
    }

    WebhookDelivery(Webhook webhook, WebhookEvent event, String payload, Instant now, Long replayOf) {
        this.webhook = webhook;
        this.event = event;
        this.payload = payload;
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.replayOf = replayOf;
    }

    WebhookDelivery about(String type, long id) {
        this.subjectType = type;
        this.subjectId = id;
        return this;
    }

    /** Not sent, for good: what it is about is no longer for every employee's eyes (or gone). */
    void dropped(Instant now) {
        failedAt = now;
        nextAttemptAt = null;
        claimedUntil = null;
    }

    void notBefore(Instant at) {
        nextAttemptAt = at;
    }

    void claim(Instant until) {
        claimedUntil = until;
    }

    void delivered(Instant now) {
        attempts++;
        deliveredAt = now;
        nextAttemptAt = null;
        claimedUntil = null;
    }

    void failed(Instant now) {
        attempts++;
        claimedUntil = null;
        if (attempts >= ATTEMPTS) {
            failedAt = now;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(backoff(attempts));
        }
    }

    /** 2 s, 4 s, 8 s ... at most an hour. */
    static Duration backoff(int attempts) {
        var delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    public String state() {
        return deliveredAt != null ? "delivered" : failedAt != null ? "failed" : attempts == 0 ? "pending" : "retrying";
    }

    public Long id() { return id; }
    public Webhook webhook() { return webhook; }
    public WebhookEvent event() { return event; }
    public String payload() { return payload; }
    public Instant createdAt() { return createdAt; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant deliveredAt() { return deliveredAt; }
    public Instant failedAt() { return failedAt; }
    public Long replayOf() { return replayOf; }
    public String subjectType() { return subjectType; }
    public Long subjectId() { return subjectId; }
}
