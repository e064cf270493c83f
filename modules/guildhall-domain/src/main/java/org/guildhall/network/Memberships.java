package org.guildhall.network;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.InvalidField;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;

/**
 * Joining and leaving by the network's join policy, invitations, requests, roles and removal.
 * Every change is a line in the membership log. Changes that could leave a network without an
 * owner lock the network row, so concurrent ones are decided one after the other.
 *
 * <p>Who invites: owners and moderators always; plain members only in open networks, where
 * anyone may join anyway. In request and invitation networks an invitation is the owners' decision.
 */
@ApplicationScoped
public class Memberships {

    @Inject
    NetworkRepository networks;

    @Inject
    NetworkVisits visits;

    @Inject
    Profiles profiles;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<JoinGate> gates;

    @Transactional
    public Membership join(Viewer viewer, String slug) {
        var visit = visits.visit(viewer, slug);
        var network = visit.network();
        network.requireOpenForMembership();
        requireNoStanding(visit, "You are already a member of " + network.name());
        requireActive(network);
        if (network.joinPolicy() != JoinPolicy.OPEN) {
            throw new Forbidden(network.joinPolicy() == JoinPolicy.REQUEST
                    ? network.name() + " asks you to request membership; owners decide"
                    : network.name() + " is by invitation only");
        }
        var now = clock.instant();
        var person = me(viewer);
        gates.forEach(g -> g.requireMayJoin(person, network));
        var membership = Membership.member(network, person, now);
        networks.store(membership, "You are already a member of " + network.name());
        networks.countMembers(network, 1, now);
        networks.record(network, person, person, MembershipAction.JOINED, null, false, now);
        return membership;
    }

    @Transactional
    public Membership request(Viewer viewer, String slug,
                              @Size(max = 1000, message = "{membership.message.size}") String message) {
        var visit = visits.visit(viewer, slug);
        var network = visit.network();
        network.requireOpenForMembership();
        requireActive(network);
        requireNoStanding(visit, "You are already a member of " + network.name() + " or have asked to join");
        if (network.joinPolicy() != JoinPolicy.REQUEST) {
            throw new Conflict(network.joinPolicy() == JoinPolicy.OPEN
                    ? network.name() + " is open: join it directly" : network.name() + " is by invitation only");
        }
        var now = clock.instant();
        var person = me(viewer);
        gates.forEach(g -> g.requireMayJoin(person, network));
        var membership = Membership.request(network, person, blankToNull(message), now);
        networks.store(membership, "You have already asked to join " + network.name());
        networks.record(network, person, person, MembershipAction.REQUESTED, blankToNull(message), false, now);
        return membership;
    }

    @Transactional
    public Network withdraw(Viewer viewer, String slug) {
        var visit = visits.visit(viewer, slug);
        var membership = visit.mine().filter(m -> m.state() == MembershipState.REQUESTED)
                .orElseThrow(() -> new Conflict("You have no pending request to withdraw"));
        networks.remove(membership);
        var person = me(viewer);
        networks.record(visit.network(), person, person, MembershipAction.WITHDRAWN, null, false, clock.instant());
        return visit.network();
    }

    /** Owners and moderators approve or decline a pending request, with an optional message. */
    @Transactional
    public Membership decide(Viewer viewer, String slug, String username, boolean approve,
                       @Size(max = 1000, message = "{membership.message.size}") String message) {
        var visit = visits.requireModerator(viewer, slug);
        var network = visit.network();
        network.requireOpenForMembership();
        var membership = networks.membership(network, username)
                .filter(m -> m.state() == MembershipState.REQUESTED)
                .orElseThrow(() -> new Conflict(username + " has no pending request (it may have been withdrawn or decided)"));
        var now = clock.instant();
        if (approve) {
            membership.activate(now);
            networks.countMembers(network, 1, now);
        } else {
            networks.remove(membership);
        }
        networks.record(network, membership.person(), me(viewer),
                approve ? MembershipAction.REQUEST_APPROVED : MembershipAction.REQUEST_DECLINED,
                blankToNull(message), visit.actsAsAdmin(viewer), now);
        return membership;
    }

    @Transactional
    public Membership invite(Viewer viewer, String slug, String username,
                             @Size(max = 1000, message = "{membership.message.size}") String message) {
        var visit = visits.visit(viewer, slug);
        var network = visit.network();
        boolean memberInvites = network.joinPolicy() == JoinPolicy.OPEN && visit.isActiveMember();
        if (!visit.canModerate() && !memberInvites) {
            throw new Forbidden(network.joinPolicy() == JoinPolicy.REQUEST
                    ? "In " + network.name() + " the owners and moderators decide who joins: suggest the person asks to join"
                    : "Only owners and moderators can invite people to " + network.name());
        }
        requireActive(network);
        var invitee = profiles.find(username);
        if (invitee.hasLeft()) {
            throw new InvalidField("username", invitee.displayName() + " has left the company and cannot be invited.");
        }
        var existing = networks.membership(network, invitee);
        if (existing.isPresent()) {
            throw new Conflict(switch (existing.get().state()) {
                case ACTIVE -> invitee.displayName() + " is already a member";
                case INVITED -> invitee.displayName() + " is already invited";
                case REQUESTED -> invitee.displayName() + " has asked to join: approve the request instead";
            });
        }
        var now = clock.instant();
        var inviter = me(viewer);
        var membership = Membership.invitation(network, invitee, inviter, blankToNull(message), now);
        networks.store(membership, invitee.displayName() + " is already invited");
        networks.record(network, invitee, inviter, MembershipAction.INVITED, blankToNull(message), visit.actsAsAdmin(viewer), now);
        return membership;
    }

    @Transactional
    public Network answerInvitation(Viewer viewer, String slug, boolean accept) {
        var visit = visits.visit(viewer, slug);
        var network = visit.network();
        var membership = visit.mine().filter(m -> m.state() == MembershipState.INVITED)
                .orElseThrow(() -> new Conflict("You have no invitation to " + network.name()));
        var now = clock.instant();
        var person = me(viewer);
        if (accept) {
            network.requireOpenForMembership();
            gates.forEach(g -> g.requireMayJoin(person, network));
            membership.activate(now);
            networks.countMembers(network, 1, now);
        } else {
            networks.remove(membership);
        }
        networks.record(network, person, person,
                accept ? MembershipAction.INVITATION_ACCEPTED : MembershipAction.INVITATION_DECLINED, null, false, now);
        return network;
    }

    @Transactional
    public Network leave(Viewer viewer, String slug) {
        var visit = visits.visit(viewer, slug);
        var network = visit.network();
        networks.lockForMembershipChange(network);
        var membership = networks.membership(network, viewer.username()).filter(Membership::isActive)
                .orElseThrow(() -> new Conflict("You are not a member of " + network.name()));
        if (membership.isOwner() && networks.countOwners(network) == 1) {
            throw new Conflict("You are the last owner of " + network.name()
                    + ". Make another member an owner before you leave.");
        }
        var now = clock.instant();
        networks.remove(membership);
        networks.countMembers(network, -1, now);
        var person = me(viewer);
        networks.record(network, person, person, MembershipAction.LEFT, null, false, now);
        return network;
    }

    /**
     * Owners (and admins) grant and revoke roles. {@code version} is the membership version the
     * owner saw: a concurrent change is a conflict, never a silent overwrite.
     */
    @Transactional
    public Membership changeRole(Viewer viewer, String slug, String username, Role role, Long version) {
        var visit = visits.requireManager(viewer, slug);
        var network = visit.network();
        network.requireOpenForMembership();
        networks.lockForMembershipChange(network);
        var membership = activeMember(network, username);
        if (version != null && version != membership.version()) {
            throw new OptimisticLockException(membership.person().displayName() + "'s role was changed by someone else");
        }
        if (membership.role() == role) {
            return membership;
        }
        requireAnotherOwner(network, membership, membership.person().displayName() + " is the last owner of "
                + network.name() + ". Make someone else an owner first.");
        var before = membership.role();
        membership.changeRole(role);
        networks.record(network, membership.person(), me(viewer), MembershipAction.ROLE_CHANGED,
                before.code() + " → " + role.code(), visit.actsAsAdmin(viewer), clock.instant());
        networks.flush();
        return membership;
    }

    /**
     * Owners and moderators remove a member, with a reason the person is shown. Moderators remove
     * plain members only; nobody removes the last owner, or themselves (that is leaving).
     */
    @Transactional
    public Membership remove(Viewer viewer, String slug, String username,
                       @NotBlank(message = "{membership.reason.blank}")
                       @Size(max = 1000, message = "{membership.message.size}") String reason) {
        var visit = visits.requireModerator(viewer, slug);
        var network = visit.network();
        network.requireOpenForMembership();
        if (viewer.is(username)) {
            throw new Conflict("To stop being a member of " + network.name() + ", leave it");
        }
        networks.lockForMembershipChange(network);
        var membership = activeMember(network, username);
        if (membership.isModerator() && !visit.canManage()) {
            throw new Forbidden("Only owners can remove an owner or a moderator of " + network.name());
        }
        requireAnotherOwner(network, membership, membership.person().displayName() + " is the last owner of "
                + network.name() + " and cannot be removed.");
        var now = clock.instant();
        networks.remove(membership);
        networks.countMembers(network, -1, now);
        networks.record(network, membership.person(), me(viewer), MembershipAction.REMOVED, reason.strip(),
                visit.actsAsAdmin(viewer), now);
        return membership;
    }

    private Membership activeMember(Network network, String username) {
        return networks.membership(network, username).filter(Membership::isActive)
                .orElseThrow(() -> new NotFound(username + " is not a member of " + network.name()));
    }

    private void requireAnotherOwner(Network network, Membership membership, String message) {
        if (membership.isOwner() && networks.countOwners(network) == 1) {
            throw new Conflict(message);
        }
    }

    private static void requireNoStanding(Visit visit, String message) {
        visit.mine().ifPresent(m -> {
            throw new Conflict(m.state() == MembershipState.INVITED
                    ? "You are invited to " + visit.network().name() + ": accept the invitation" : message);
        });
    }

    private static void requireActive(Network network) {
        if (network.status() != NetworkStatus.ACTIVE) {
            throw new Conflict(network.name() + " is " + network.status().code() + ", not open for members yet");
        }
    }

    private Person me(Viewer viewer) {
        return profiles.find(viewer.username());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
