package org.guildhall.network;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.outbox.Outbox;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;

/**
 * Formal expert networks: proposal and approval, joining by policy, roles, and the membership
 * log. Every method asks the {@link AccessPolicy} first; what the viewer may not see is
 * {@link NotFound}.
 */
@ApplicationScoped
public class Networks {

    public static final String AGGREGATE = "network";
    /** "This network's posts need re-indexing": its visibility, content access or status changed. */
    public static final String POSTS_AGGREGATE = "network-posts";

    @Inject
    NetworkRepository networks;

    @Inject
    Profiles profiles;

    @Inject
    AccessPolicy access;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "guildhall.networks.approval-required", defaultValue = "true")
    boolean approvalRequired;

    /** A network as one viewer sees it: the network, their standing, and what they may do. */
    public record Visit(Network network, Optional<Membership> mine, boolean canManage, boolean canModerate,
                        boolean canSeeContent) {
    }

    // ---- proposing and the life cycle -----------------------------------------------------

    @Transactional
    public Network propose(Viewer viewer, @Valid Charter charter) {
        var proposer = profiles.find(viewer.username());
        requireUniqueName(charter.name(), null);
        var now = clock.instant();
        var network = Network.propose(charter, proposer, approvalRequired, freeSlug(charter.name()), now);
        networks.store(network);
        networks.store(Membership.owner(network, proposer, now));
        network.membersChanged(1, now);
        log(network, proposer, proposer, MembershipAction.PROPOSED, null, false, now);
        changed(network);
        return network;
    }

    @Transactional
    public Network approve(Viewer viewer, String slug) {
        var network = adminAction(viewer, slug);
        network.approve(clock.instant());
        outbox.append(POSTS_AGGREGATE, network.id());
        log(network, network.proposedBy(), me(viewer), MembershipAction.APPROVED, null, true, clock.instant());
        changed(network);
        return network;
    }

    @Transactional
    public Network reject(Viewer viewer, String slug, @NotBlank(message = "{network.reason.blank}")
                          @Size(max = 1000, message = "{network.reason.size}") String reason) {
        var network = adminAction(viewer, slug);
        network.reject(reason.strip(), clock.instant());
        outbox.append(POSTS_AGGREGATE, network.id());
        log(network, network.proposedBy(), me(viewer), MembershipAction.REJECTED, reason.strip(), true, clock.instant());
        changed(network);
        return network;
    }

    @Transactional
    public Network archive(Viewer viewer, String slug, @Size(max = 1000, message = "{network.reason.size}") String reason) {
        var network = adminAction(viewer, slug);
        network.archive(reason == null || reason.isBlank() ? null : reason.strip(), clock.instant());
        outbox.append(POSTS_AGGREGATE, network.id());
        log(network, network.proposedBy(), me(viewer), MembershipAction.ARCHIVED, reason, true, clock.instant());
        changed(network);
        return network;
    }

    /** Owners (or admins) change the charter; a new name gets a new slug and the old one keeps working. */
    @Transactional
    public Network edit(Viewer viewer, String slug, @Valid Charter charter, Long version) {
        var visit = visit(viewer, slug);
        requireManager(visit);
        var network = visit.network();
        if (version != null && version != network.version()) {
            throw new OptimisticLockException("The charter of " + network.name() + " was changed by someone else");
        }
        requireUniqueName(charter.name(), network.id());
        var now = clock.instant();
        boolean renamed = !Network.key(charter.name()).equals(Network.key(network.name()));
        network.apply(charter, now);
        outbox.append(POSTS_AGGREGATE, network.id());
        if (renamed && !Network.slugOf(charter.name()).equals(network.slug())) {
            networks.keepOldSlug(network.slug(), network);
            network.renameSlug(freeSlug(charter.name()));
        }
        log(network, me(viewer), me(viewer), MembershipAction.EDITED, renamed ? "renamed to " + charter.name() : null,
                actsAsAdmin(viewer, visit), now);
        changed(network);
        return network;
    }

    // ---- reading --------------------------------------------------------------------------

    /**
     * The network at this slug as the viewer may see it. A renamed network's old slug answers
     * {@link Renamed} so callers can redirect.
     */
    @Transactional
    public Visit visit(Viewer viewer, String slug) {
        var network = networks.find(slug).orElseGet(() -> {
            var renamed = networks.findRenamed(slug).orElseThrow(() -> new NetworkNotFound(slug));
            if (access.canSee(viewer, renamed, networks.membership(renamed, viewer.username()))) {
                throw new Renamed(renamed.slug());
            }
            throw new NetworkNotFound(slug);
        });
        var mine = networks.membership(network, viewer.username());
        if (!access.canSee(viewer, network, mine)) {
            throw new NetworkNotFound(slug);
        }
        return new Visit(network, mine, access.canManage(viewer, mine), access.canModerate(viewer, mine),
                access.canSeeContent(viewer, network, mine));
    }

    /** A directory card: the network, its owners, and the viewer's standing (if any). */
    public record Card(Network network, List<Person> owners, Membership mine) {
    }

    /** The directory page, in a bounded number of queries whatever its length. */
    @Transactional
    public Page<Card> directory(Viewer viewer, DirectoryQuery query) {
        if (!access.canSeeDirectory(viewer)) {
            return new Page<>(List.of(), 0, query.page(), query.size());
        }
        return cards(viewer, networks.directory(query, viewer.username(), viewer.isAdmin(), clock.instant()));
    }

    /** Cards for networks found elsewhere (search), keeping their order. */
    @Transactional
    public Page<Card> cards(Viewer viewer, Page<Network> page) {
        var owners = networks.owners(page.items());
        var mine = networks.memberships(viewer.username(), page.items());
        return page.map(n -> new Card(n, owners.getOrDefault(n.id(), List.of()), mine.get(n.id())));
    }

    public Visit requireContent(Viewer viewer, String slug) {
        var visit = visit(viewer, slug);
        if (!visit.canSeeContent()) {
            throw new Forbidden(visit.network().name() + " shares its members and content with its members only");
        }
        return visit;
    }

    @Transactional
    public Page<Membership> members(Viewer viewer, String slug, MemberQuery query) {
        return networks.members(requireContent(viewer, slug).network(), query);
    }

    /** Every member, for the owners' CSV export. */
    @Transactional
    public List<Membership> export(Viewer viewer, String slug) {
        var visit = visit(viewer, slug);
        requireManager(visit);
        return networks.allMembers(visit.network());
    }

    @Transactional
    public List<Membership> leaders(Viewer viewer, String slug) {
        return networks.leaders(visit(viewer, slug).network());
    }

    /** Pending requests or open invitations, for owners and moderators. */
    @Transactional
    public List<Membership> pending(Viewer viewer, String slug, MembershipState state) {
        var visit = visit(viewer, slug);
        requireModerator(visit);
        return networks.pending(visit.network(), state);
    }

    @Transactional
    public Page<MembershipEvent> log(Viewer viewer, String slug, int page, int size) {
        var visit = visit(viewer, slug);
        requireManager(visit);
        return networks.log(visit.network(), page, size);
    }

    /** The networks a person belongs to that the viewer may see (their profile's list). */
    @Transactional
    public List<Membership> networksOf(Viewer viewer, Person person) {
        var all = networks.membershipsOf(person).stream().filter(Membership::isActive).toList();
        var viewers = networks.memberships(viewer.username(), all.stream().map(Membership::network).toList());
        return all.stream()
                .filter(m -> access.canSee(viewer, m.network(), Optional.ofNullable(viewers.get(m.network().id()))))
                .toList();
    }

    /** My invitations and requests, for my own pages. */
    @Transactional
    public List<Membership> myPending(Viewer viewer) {
        return networks.membershipsOf(profiles.find(viewer.username())).stream()
                .filter(m -> !m.isActive()).toList();
    }

    public List<String> topicsInUse() {
        return networks.topicsInUse();
    }

    public List<String> departmentsInUse() {
        return networks.departmentsInUse();
    }

    // ---- joining and leaving --------------------------------------------------------------

    @Transactional
    public Membership join(Viewer viewer, String slug) {
        var visit = visit(viewer, slug);
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
        var membership = Membership.member(network, person, now);
        networks.store(membership);
        network.membersChanged(1, now);
        log(network, person, person, MembershipAction.JOINED, null, false, now);
        changed(network);
        return membership;
    }

    @Transactional
    public Membership request(Viewer viewer, String slug,
                              @Size(max = 1000, message = "{membership.message.size}") String message) {
        var visit = visit(viewer, slug);
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
        var membership = Membership.request(network, person, blankToNull(message), now);
        networks.store(membership);
        log(network, person, person, MembershipAction.REQUESTED, blankToNull(message), false, now);
        return membership;
    }

    @Transactional
    public void withdraw(Viewer viewer, String slug) {
        var visit = visit(viewer, slug);
        var membership = visit.mine().filter(m -> m.state() == MembershipState.REQUESTED)
                .orElseThrow(() -> new Conflict("You have no pending request to withdraw"));
        networks.remove(membership);
        var person = me(viewer);
        log(visit.network(), person, person, MembershipAction.WITHDRAWN, null, false, clock.instant());
    }

    /** Owners and moderators approve or decline a pending request, with an optional message. */
    @Transactional
    public void decide(Viewer viewer, String slug, String username, boolean approve,
                       @Size(max = 1000, message = "{membership.message.size}") String message) {
        var visit = visit(viewer, slug);
        requireModerator(visit);
        var network = visit.network();
        network.requireOpenForMembership();
        var membership = networks.membership(network, username)
                .filter(m -> m.state() == MembershipState.REQUESTED)
                .orElseThrow(() -> new Conflict(username + " has no pending request (it may have been withdrawn or decided)"));
        var now = clock.instant();
        if (approve) {
            membership.activate(now);
            network.membersChanged(1, now);
            changed(network);
        } else {
            networks.remove(membership);
        }
        log(network, membership.person(), me(viewer),
                approve ? MembershipAction.REQUEST_APPROVED : MembershipAction.REQUEST_DECLINED,
                blankToNull(message), actsAsAdmin(viewer, visit), now);
    }

    /** Owners and moderators invite; on open and request networks members may invite too. */
    @Transactional
    public Membership invite(Viewer viewer, String slug, String username,
                             @Size(max = 1000, message = "{membership.message.size}") String message) {
        var visit = visit(viewer, slug);
        var network = visit.network();
        boolean memberInvites = network.joinPolicy() != JoinPolicy.INVITATION && visit.mine().filter(Membership::isActive).isPresent();
        if (!visit.canModerate() && !memberInvites) {
            throw new Forbidden("Only owners and moderators can invite people to " + network.name());
        }
        network.requireOpenForMembership();
        var invitee = profiles.find(username);
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
        networks.store(membership);
        log(network, invitee, inviter, MembershipAction.INVITED, blankToNull(message), actsAsAdmin(viewer, visit), now);
        changed(network);
        return membership;
    }

    @Transactional
    public void answerInvitation(Viewer viewer, String slug, boolean accept) {
        var visit = visit(viewer, slug);
        var network = visit.network();
        var membership = visit.mine().filter(m -> m.state() == MembershipState.INVITED)
                .orElseThrow(() -> new Conflict("You have no invitation to " + network.name()));
        var now = clock.instant();
        var person = me(viewer);
        if (accept) {
            network.requireOpenForMembership();
            membership.activate(now);
            network.membersChanged(1, now);
        } else {
            networks.remove(membership);
        }
        log(network, person, person, accept ? MembershipAction.INVITATION_ACCEPTED : MembershipAction.INVITATION_DECLINED,
                null, false, now);
        changed(network);
    }

    @Transactional
    public void leave(Viewer viewer, String slug) {
        var visit = visit(viewer, slug);
        var network = visit.network();
        var membership = visit.mine().filter(Membership::isActive)
                .orElseThrow(() -> new Conflict("You are not a member of " + network.name()));
        networks.lockForMembershipChange(network);
        if (membership.isOwner() && networks.countOwners(network) == 1) {
            throw new Conflict("You are the last owner of " + network.name()
                    + ". Make another member an owner before you leave.");
        }
        var now = clock.instant();
        networks.remove(membership);
        network.membersChanged(-1, now);
        var person = me(viewer);
        log(network, person, person, MembershipAction.LEFT, null, false, now);
        changed(network);
        networks.flush();
    }

    /**
     * Owners (and admins) grant and revoke roles. {@code version} is the membership version the
     * owner saw: a concurrent change is a conflict, never a silent overwrite.
     */
    @Transactional
    public Membership changeRole(Viewer viewer, String slug, String username, Role role, Long version) {
        var visit = visit(viewer, slug);
        requireManager(visit);
        var network = visit.network();
        network.requireOpenForMembership();
        var membership = networks.membership(network, username).filter(Membership::isActive)
                .orElseThrow(() -> new NotFound(username + " is not a member of " + network.name()));
        if (version != null && version != membership.version()) {
            throw new OptimisticLockException(membership.person().displayName() + "'s role was changed by someone else");
        }
        if (membership.role() == role) {
            return membership;
        }
        networks.lockForMembershipChange(network);
        if (membership.role() == Role.OWNER && networks.countOwners(network) == 1) {
            throw new Conflict(membership.person().displayName() + " is the last owner of " + network.name()
                    + ". Make someone else an owner first.");
        }
        var before = membership.role();
        membership.changeRole(role);
        log(network, membership.person(), me(viewer), MembershipAction.ROLE_CHANGED,
                before.code() + " → " + role.code(), actsAsAdmin(viewer, visit), clock.instant());
        networks.flush();
        return membership;
    }

    // ---- helpers --------------------------------------------------------------------------

    private Network adminAction(Viewer viewer, String slug) {
        var network = networks.find(slug).orElseThrow(() -> new NetworkNotFound(slug));
        if (!viewer.isAdmin()) {
            if (access.canSee(viewer, network, networks.membership(network, viewer.username()))) {
                throw new Forbidden("Only an administrator can do this");
            }
            throw new NetworkNotFound(slug);
        }
        return network;
    }

    private void requireManager(Visit visit) {
        if (!visit.canManage()) {
            throw new Forbidden("Only the owners of " + visit.network().name() + " can do this");
        }
    }

    private void requireModerator(Visit visit) {
        if (!visit.canModerate()) {
            throw new Forbidden("Only the owners and moderators of " + visit.network().name() + " can do this");
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

    private void requireUniqueName(String name, Long exceptId) {
        if (networks.nameTaken(Network.key(name), exceptId)) {
            throw new InvalidCharter("name", "A network called “" + name.strip() + "” already exists.");
        }
    }

    private String freeSlug(String name) {
        var base = Network.slugOf(name);
        var slug = base;
        for (int n = 2; networks.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** An admin acting on a network they do not own: the log says so. */
    private static boolean actsAsAdmin(Viewer viewer, Visit visit) {
        return viewer.isAdmin() && visit.mine().filter(Membership::isModerator).isEmpty();
    }

    private Person me(Viewer viewer) {
        return profiles.find(viewer.username());
    }

    private void log(Network network, Person subject, Person actor, MembershipAction action, String detail,
                     boolean asAdmin, Instant now) {
        networks.record(new MembershipEvent(network, subject, actor, action, detail, asAdmin, now));
    }

    private void changed(Network network) {
        networks.flush();
        outbox.append(AGGREGATE, network.id());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<Network> proposals(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only an administrator can review proposals");
        }
        return networks.proposals();
    }
}
