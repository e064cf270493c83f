package org.guildhall.network;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;

/**
 * Reading networks: the directory, a network's home, its member list, requests and log, and the
 * networks on a profile. Each page's whole view model comes from one call, in one transaction,
 * in a bounded number of queries whatever the list's length.
 */
@ApplicationScoped
public class NetworkDirectory {

    /** How long a removed person is told why, on their own pages. */
    static final Duration REMOVALS_SHOWN = Duration.ofDays(90);

    /** The latest proposals a person sees of their own: older ones are live networks by now, or long decided. */
    static final int MY_PROPOSALS_SHOWN = 50;

    @Inject
    NetworkRepository networks;

    @Inject
    NetworkVisits visits;

    @Inject
    NetworkLifecycle lifecycle;

    @Inject
    AccessPolicy access;

    @Inject
    Readers readers;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<NetworkHomeSections> homeSections;

    /** A directory card: the network, its owners, and the viewer's standing (if any). */
    public record Card(Network network, List<Person> owners, Membership mine) {
    }

    /** The directory page: cards, the filters' choices, and what waits for the viewer. */
    public record DirectoryPage(Page<Card> cards, List<String> topics, List<String> departments,
                                List<Membership> myPending, List<MembershipEvent> myRemovals, List<Network> proposals,
                                List<Network> myProposals) {
    }

    /** A network's home page: the network, its leaders, why the viewer was removed, and other features' sections. */
    public record Home(Visit visit, List<Membership> leaders, Optional<MembershipEvent> myRemoval,
                       List<NetworkHomeSections.Section> sections) {
    }

    /** A page of the member list, and the departments its members come from (to filter by). */
    public record MembersPage(Visit visit, Page<Membership> members, List<String> departments) {
    }

    public record RequestsPage(Visit visit, List<Membership> requests, List<Membership> invitations) {
    }

    public record LogPage(Visit visit, Page<MembershipEvent> events) {
    }

    /** The directory, filtered and sorted in the database; or {@code found} when a text search chose the networks. */
    @Transactional
    public DirectoryPage page(Viewer viewer, DirectoryQuery query, Page<Network> found) {
        var reader = readers.of(viewer);
        var cards = found != null ? cards(viewer, found) : directory(viewer, query);
        return new DirectoryPage(cards, networks.topicsInUse(reader), networks.departmentsInUse(reader), myPending(viewer),
                myRemovals(viewer), viewer.isAdmin() ? lifecycle.proposals(viewer) : List.of(),
                myProposals(viewer).stream().filter(n -> !n.isLive()).toList());
    }

    /** The directory's cards alone (the API's list). */
    @Transactional
    public Page<Card> directory(Viewer viewer, DirectoryQuery query) {
        if (!access.canSeeDirectory(viewer)) {
            return new Page<>(List.of(), 0, query.page(), query.size());
        }
        return cards(viewer, networks.directory(query, readers.of(viewer), viewer.username(), clock.instant()));
    }

    /** Cards for networks found elsewhere (search), keeping their order. */
    @Transactional
    public Page<Card> cards(Viewer viewer, Page<Network> page) {
        var owners = networks.owners(page.items());
        var mine = networks.memberships(viewer.username(), page.items());
        return page.map(n -> new Card(n, owners.getOrDefault(n.id(), List.of()), mine.get(n.id())));
    }

    @Transactional
    public Home home(Viewer viewer, String slug) {
        var visit = visits.visit(viewer, slug);
        var removal = visit.mine().isPresent() ? Optional.<MembershipEvent>empty()
                : networks.lastRemoval(visit.network(), viewer.username(), clock.instant().minus(REMOVALS_SHOWN));
        var sections = !visit.canSeeContent() ? List.<NetworkHomeSections.Section>of() : homeSections.stream()
                .flatMap(s -> s.sections(viewer, visit.network()).stream())
                .sorted(Comparator.comparingInt(NetworkHomeSections.Section::order)).toList();
        return new Home(visit, networks.leaders(visit.network()), removal, sections);
    }

    @Transactional
    public Visit visit(Viewer viewer, String slug) {
        return visits.visit(viewer, slug);
    }

    /** The owners and moderators (the network's contacts, shown to everyone who sees the network). */
    @Transactional
    public List<Membership> leaders(Viewer viewer, String slug) {
        return networks.leaders(visits.visit(viewer, slug).network());
    }

    @Transactional
    public MembersPage members(Viewer viewer, String slug, MemberQuery query) {
        var visit = visits.requireContent(viewer, slug);
        return new MembersPage(visit, networks.members(visit.network(), query), networks.memberDepartments(visit.network()));
    }

    /** Every member, for the owners' CSV export. */
    @Transactional
    public List<Membership> export(Viewer viewer, String slug) {
        return networks.allMembers(visits.requireManager(viewer, slug).network());
    }

    /** Pending requests and open invitations, for owners and moderators. */
    @Transactional
    public RequestsPage requests(Viewer viewer, String slug) {
        var visit = visits.requireModerator(viewer, slug);
        return new RequestsPage(visit, networks.pending(visit.network(), MembershipState.REQUESTED),
                networks.pending(visit.network(), MembershipState.INVITED));
    }

    @Transactional
    public LogPage log(Viewer viewer, String slug, int page, int size) {
        return log(viewer, slug, null, null, page, size);
    }

    /** The membership log, narrowed to one kind of change and/or a person, when given. */
    @Transactional
    public LogPage log(Viewer viewer, String slug, MembershipAction action, String person, int page, int size) {
        var visit = visits.requireManager(viewer, slug);
        var who = person == null || person.isBlank() ? null : person;
        return new LogPage(visit, networks.log(visit.network(), action, who, page, size));
    }

    /**
     * A person's memberships that the viewer may know of: only in networks whose member list the
     * viewer may read, so a members-only member list cannot be rebuilt from profiles.
     */
    @Transactional
    public List<Membership> networksOf(Viewer viewer, Person person) {
        var reader = readers.of(viewer);
        return networks.membershipsOf(person).stream()
                .filter(Membership::isActive)
                .filter(m -> m.network().readBy().admits(reader))
                .toList();
    }

    /**
     * A person's desk, for the home page: what waits for their decision (requests by network,
     * proposals to review), their networks, their pending invitations and requests, their own
     * proposals and why they were removed anywhere lately.
     */
    public record Desk(Waiting waiting, List<Network> waitingIn, List<Membership> mine, List<Membership> pending,
                       List<Network> proposals, List<MembershipEvent> removals) {
    }

    @Transactional
    public Desk desk(Viewer viewer) {
        var waiting = waiting(viewer);
        var memberships = networks.membershipsOf(viewer.username());
        return new Desk(waiting, networks.findAll(waiting.requests().keySet()),
                memberships.stream().filter(Membership::isActive).filter(m -> m.network().isLive()).toList(),
                pendingAmong(viewer, memberships), myProposals(viewer), myRemovals(viewer));
    }

    /** What waits for the viewer's decision (the header's badge, the home page, the tabs). */
    @Transactional
    public Waiting waiting(Viewer viewer) {
        if (!access.canSeeDirectory(viewer)) {
            return Waiting.NOTHING;
        }
        return new Waiting(networks.requestsModeratedBy(viewer.username()), viewer.isAdmin() ? networks.countProposals() : 0);
    }

    /** The networks I proposed and what became of them (the decision's reason when rejected). */
    @Transactional
    public List<Network> myProposals(Viewer viewer) {
        return networks.proposedBy(viewer.username(), MY_PROPOSALS_SHOWN);
    }

    /** My proposals as directory cards (with their owners once live), for the API. */
    @Transactional
    public List<Card> myProposalCards(Viewer viewer) {
        var mine = myProposals(viewer);
        return cards(viewer, new Page<>(mine, mine.size(), 1, Math.max(1, mine.size()))).items();
    }

    /** A profile's networks: the memberships the viewer may know of, and, on one's own profile, one's proposals. */
    public record ProfileNetworks(List<Membership> memberships, List<Network> proposals) {
    }

    @Transactional
    public ProfileNetworks onProfile(Viewer viewer, Person person) {
        return new ProfileNetworks(networksOf(viewer, person), viewer.is(person.username()) ? myProposals(viewer) : List.of());
    }

    /** My invitations and requests, for my own pages (not in networks I may no longer see: one hidden meanwhile). */
    @Transactional
    public List<Membership> myPending(Viewer viewer) {
        return pendingAmong(viewer, networks.membershipsOf(viewer.username()));
    }

    private List<Membership> pendingAmong(Viewer viewer, List<Membership> mine) {
        return mine.stream().filter(m -> !m.isActive())
                .filter(m -> access.canSee(viewer, m.network(), Optional.of(m))).toList();
    }

    /** Why I was recently removed from networks I no longer belong to. */
    @Transactional
    public List<MembershipEvent> myRemovals(Viewer viewer) {
        return networks.removalsOf(viewer.username(), clock.instant().minus(REMOVALS_SHOWN));
    }
}
