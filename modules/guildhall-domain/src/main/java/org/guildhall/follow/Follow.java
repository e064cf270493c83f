package org.guildhall.follow;

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
 * One person following one thing: a network, person or wiki page by its id, or a tag by its name
 * (the id is then 0). Unique per person and thing, so following twice is following once.
 */
@Entity
@Table(name = "follow")
public class Follow {

    static final String NO_TAG = "";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_seq")
    @SequenceGenerator(name = "follow_seq", sequenceName = "follow_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    private FollowKind kind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(nullable = false, length = 40)
    private String tag;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Follow() {
    }

    Follow(long personId, FollowKind kind, long targetId, String tag, Instant now) {
        this.personId = personId;
        this.kind = kind;
        this.targetId = targetId;
        this.tag = tag == null ? NO_TAG : tag;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public long personId() { return personId; }
    public FollowKind kind() { return kind; }
    public long targetId() { return targetId; }
    public String tag() { return tag; }
    public Instant createdAt() { return createdAt; }
}
