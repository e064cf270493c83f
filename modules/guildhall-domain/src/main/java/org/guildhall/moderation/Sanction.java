package org.guildhall.moderation;

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
import jakarta.persistence.Version;

import org.guildhall.access.Conflict;
import org.guildhall.network.Network;
import org.guildhall.people.Person;

/** A ban or mute in one network, or company-wide ({@code network} null), until its end or until lifted. */
@Entity
@Table(name = "moderation_sanction")
public class Sanction {

    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_sanction_seq")
    @SequenceGenerator(name = "moderation_sanction_seq", sequenceName = "moderation_sanction_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SanctionKind kind;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "imposed_by")
    private Person imposedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lifted_by")
    private Person liftedBy;

    @Version
    private long version;

    protected Sanction() {
    }

    Sanction(Network network, Person person, SanctionKind kind, String reason, Instant endsAt, Person imposedBy, Instant now) {
        this.network = network;
        this.person = person;
        this.kind = kind;
        this.reason = reason;
        this.startsAt = now;
        this.endsAt = endsAt;
        this.imposedBy = imposedBy;
    }

    void lift(Person by, Instant now) {
        if (!isInForce(now)) {
            throw new Conflict("This " + kind.code() + " is no longer in force");
        }
        liftedAt = now;
        liftedBy = by;
    }

    public boolean isInForce(Instant now) {
        return liftedAt == null && endsAt.isAfter(now);
    }

    public boolean isCompanyWide() {
        return network == null;
    }

    public Long id() { return id; }
    public Network network() { return network; }
    public Person person() { return person; }
    public SanctionKind kind() { return kind; }
    public String reason() { return reason; }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public Person imposedBy() { return imposedBy; }
    public Instant liftedAt() { return liftedAt; }
    public Person liftedBy() { return liftedBy; }
    public long version() { return version; }
}
