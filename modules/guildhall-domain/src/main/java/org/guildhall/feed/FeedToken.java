package org.guildhall.feed;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.guildhall.people.Person;

/** A person's feed token, kept as a SHA-256 hash: the token itself is shown once, when made. */
@Entity
@Table(name = "feed_token")
public class FeedToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_token_seq")
    @SequenceGenerator(name = "feed_token_seq", sequenceName = "feed_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected FeedToken() {
    }

    FeedToken(Person person, String label, String tokenHash, Instant now) {
        this.person = person;
        this.label = label;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    void used(Instant now) {
        lastUsedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() { return id; }
    public Person person() { return person; }
    public String label() { return label; }
    public Instant createdAt() { return createdAt; }
    public Instant lastUsedAt() { return lastUsedAt; }
    public Instant revokedAt() { return revokedAt; }
    public boolean isRevoked() { return revokedAt != null; }
}
