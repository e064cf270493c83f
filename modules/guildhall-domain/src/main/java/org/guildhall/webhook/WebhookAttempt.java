package org.guildhall.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One try of a delivery: the status and the start of the answer, or why there was none. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_attempt_seq")
    @SequenceGenerator(name = "webhook_attempt_seq", sequenceName = "webhook_attempt_seq", allocationSize = 50)
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    private long deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    private Integer status;

    @Column(length = 2000)
    private String response;

    @Column(length = 1000)
    private String error;

    @Column(nullable = false)
    private long millis;

    protected WebhookAttempt() {
    }

    WebhookAttempt(long deliveryId, Instant at, Integer status, String response, String error, long millis) {
        this.deliveryId = deliveryId;
        this.attemptedAt = at;
        this.status = status;
        this.response = cut(response, 2000);
        this.error = cut(error, 1000);
        this.millis = millis;
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.substring(0, Math.min(text.length(), max));
    }

    public Long id() { return id; }
    public long deliveryId() { return deliveryId; }
    public Instant attemptedAt() { return attemptedAt; }
    public Integer status() { return status; }
    public String response() { return response; }
    public String error() { return error; }
    public long millis() { return millis; }
    public boolean succeeded() { return status != null && status / 100 == 2; }
}
