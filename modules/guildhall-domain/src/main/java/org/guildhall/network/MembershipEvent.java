package org.guildhall.network;

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

import org.guildhall.people.Person;

/**
 * One line of a network's membership log: who it concerned, who did it, what, when, and whether
 * an admin acted with owner powers. Never changed once written.
 */
@Entity
@Table(name = "membership_event")
public class MembershipEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_event_seq")
    @SequenceGenerator(name = "membership_event_seq", sequenceName = "membership_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private Person subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private Person actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MembershipAction action;

    @Column(length = 1000)
    private String detail;

    @Column(name = "as_admin", nullable = false)
    private boolean asAdmin;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected MembershipEvent() {
    }

    MembershipEvent(Network network, Person subject, Person actor, MembershipAction action, String detail,
                    boolean asAdmin, Instant now) {
        this.network = network;
        this.subject = subject;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
        this.asAdmin = asAdmin;
        this.occurredAt = now;
    }

    public Long id() { return id; }
    public Network network() { return network; }
    public Person subject() { return subject; }
    public Person actor() { return actor; }
    public MembershipAction action() { return action; }
    public String detail() { return detail; }
    public boolean asAdmin() { return asAdmin; }
    public Instant occurredAt() { return occurredAt; }
}
