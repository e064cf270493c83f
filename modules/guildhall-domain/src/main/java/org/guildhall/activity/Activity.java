package org.guildhall.activity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import org.guildhall.network.Network;
import org.guildhall.people.Person;

/**
 * One entry of the stream, as stored: written only by {@link ActivityLog} (with SQL, so a group
 * can be counted up atomically), read here. {@code actor} is the latest person in a group.
 */
@Entity
@Immutable
@Table(name = "activity")
public class Activity {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ActivityKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private Person actor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "group_key", nullable = false, length = 120)
    private String groupKey;

    @Column(name = "group_count", nullable = false)
    private int count;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected Activity() {
    }

    public Long id() { return id; }
    public ActivityKind kind() { return kind; }
    public Person actor() { return actor; }
    public Network network() { return network; }
    public long subjectId() { return subjectId; }
    public Long recipientId() { return recipientId; }
    public int count() { return count; }
    public Instant occurredAt() { return occurredAt; }
}
