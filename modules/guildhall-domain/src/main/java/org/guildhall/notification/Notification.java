package org.guildhall.notification;

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

import org.guildhall.network.Network;
import org.guildhall.people.Person;

/**
 * One thing one person is told, and its way to their mailbox: {@code mailDueAt} is when the mail
 * worker should send it (now for instant mail, the next digest otherwise; null when it is not to
 * be mailed or was), {@code mailedAt} when it went.
 */
@Entity
@Table(name = "notification")
public class Notification {

    static final int MAIL_ATTEMPTS = 8;
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Person recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Person actor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", length = 20)
    private SubjectType subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(length = 1000)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Delivery delivery;

    @Column(name = "mail_due_at")
    private Instant mailDueAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    @Column(name = "mail_error", length = 1000)
    private String mailError;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected Notification() {
    }

    Notification(Person recipient, NotificationKind kind, Person actor, Network network, SubjectType subjectType, Long subjectId,
                 String detail, Instant at, Delivery delivery, Instant mailDueAt) {
        this.recipient = recipient;
        this.kind = kind;
        this.actor = actor;
        this.network = network;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000));
        this.createdAt = at;
        this.delivery = delivery;
        this.mailDueAt = mailDueAt;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    void claim(Instant until) {
        claimedUntil = until;
    }

    void mailed(Instant now) {
        mailedAt = now;
        mailDueAt = null;
        claimedUntil = null;
        mailError = null;
    }

    /** Not to be mailed after all: its subject is out of the recipient's sight, or they turned its mail off. */
    void unmailed() {
        mailDueAt = null;
        claimedUntil = null;
    }

    /** Sending failed: again later (1, 2, 4 ... at most 30 minutes), or never after too many tries. */
    void mailFailed(String error, Instant now) {
        mailAttempts++;
        mailError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        claimedUntil = null;
        mailDueAt = mailAttempts >= MAIL_ATTEMPTS ? null : now.plus(backoff(mailAttempts));
    }

    static Duration backoff(int attempts) {
        var delay = Duration.ofMinutes(1L << Math.min(attempts - 1, 10));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    public Long id() { return id; }
    public Person recipient() { return recipient; }
    public NotificationKind kind() { return kind; }
    public Person actor() { return actor; }
    public Network network() { return network; }
    public SubjectType subjectType() { return subjectType; }
    public Long subjectId() { return subjectId; }
    public String detail() { return detail; }
    public Instant createdAt() { return createdAt; }
    public Instant readAt() { return readAt; }
    public boolean isRead() { return readAt != null; }
    public Delivery delivery() { return delivery; }
    public Instant mailDueAt() { return mailDueAt; }
    public Instant mailedAt() { return mailedAt; }
    public int mailAttempts() { return mailAttempts; }
    public String mailError() { return mailError; }
}
