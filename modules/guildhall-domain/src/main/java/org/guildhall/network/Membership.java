package org.guildhall.network;

import java.time.Instant;
import java.util.Set;

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

import org.guildhall.access.Grants;
import org.guildhall.access.Grants.Standing;
import org.guildhall.people.Person;

/** One person's standing with one network: member (with a role), pending request, or invitation. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_seq")
    @SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipState state;

    /** The request's or invitation's message. */
    @Column(length = 1000)
    private String message;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by_id")
    private Person invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "joined_at")
    private Instant joinedAt;

    @Version
    private long version;

    protected Membership() {
    }

    private Membership(Network network, Person person, Role role, MembershipState state, Instant now) {
        this.network = network;
        this.person = person;
        this.role = role;
        this.state = state;
        this.createdAt = now;
        if (state == MembershipState.ACTIVE) {
            this.joinedAt = now;
        }
    }

    static Membership owner(Network network, Person person, Instant now) {
        return new Membership(network, person, Role.OWNER, MembershipState.ACTIVE, now);
    }

    static Membership member(Network network, Person person, Instant now) {
        return new Membership(network, person, Role.MEMBER, MembershipState.ACTIVE, now);
    }

    /** A membership brought from another platform, with its role and original join date. */
    static Membership imported(Network network, Person person, Role role, Instant joinedAt) {
        return new Membership(network, person, role, MembershipState.ACTIVE, joinedAt);
    }

    /** An imported record about a membership that exists: it takes the record's role and earlier join date. */
    void importedAgain(Role importedRole, Instant importedJoinedAt) {
        role = importedRole;
        if (joinedAt == null || importedJoinedAt.isBefore(joinedAt)) {
            joinedAt = importedJoinedAt;
        }
    }

    static Membership request(Network network, Person person, String message, Instant now) {
        var membership = new Membership(network, person, Role.MEMBER, MembershipState.REQUESTED, now);
        membership.message = message;
        return membership;
    }

    static Membership invitation(Network network, Person person, Person invitedBy, String message, Instant now) {
        var membership = new Membership(network, person, Role.MEMBER, MembershipState.INVITED, now);
        membership.invitedBy = invitedBy;
        membership.message = message;
        return membership;
    }

    void activate(Instant now) {
        state = MembershipState.ACTIVE;
        joinedAt = now;
    }

    void changeRole(Role newRole) {
        role = newRole;
    }

    public boolean isActive() {
        return state == MembershipState.ACTIVE;
    }

    public boolean isOwner() {
        return isActive() && role == Role.OWNER;
    }

    /** Owners and moderators run the network's membership. */
    public boolean isModerator() {
        return isActive() && (role == Role.OWNER || role == Role.MODERATOR);
    }

    /** The grant keys this standing gives its person (see {@link Grants}). */
    public Set<String> grants() {
        long networkId = network.id();
        return switch (state) {
            case INVITED -> Set.of(Grants.network(networkId, Standing.INVITED));
            case REQUESTED -> Set.of(Grants.network(networkId, Standing.REQUESTED));
            case ACTIVE -> switch (role) {
                case OWNER -> Set.of(Grants.network(networkId, Standing.ACTIVE), Grants.network(networkId, Standing.MODERATOR),
                        Grants.network(networkId, Standing.OWNER));
                case MODERATOR -> Set.of(Grants.network(networkId, Standing.ACTIVE), Grants.network(networkId, Standing.MODERATOR));
                case MEMBER -> Set.of(Grants.network(networkId, Standing.ACTIVE));
            };
        };
    }

    public Long id() { return id; }
    public Network network() { return network; }
    public Person person() { return person; }
    public Role role() { return role; }
    public MembershipState state() { return state; }
    public String message() { return message; }
    public Person invitedBy() { return invitedBy; }
    public Instant createdAt() { return createdAt; }
    public Instant joinedAt() { return joinedAt; }
    public long version() { return version; }
}
