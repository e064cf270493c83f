package org.guildhall.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;
import org.guildhall.outbox.Outbox;
import org.guildhall.access.Readers;
import org.guildhall.people.Departments;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;
import org.guildhall.text.Similarity;

/**
 * A network's life: proposed by anyone, approved, rejected or archived by an admin, its charter
 * changed by its owners. A change of who may read it is announced as {@link NetworkAudienceChanged}.
 */
@ApplicationScoped
public class NetworkLifecycle {

    /** The network index's outbox aggregate. */
    public static final String AGGREGATE = "network";

    /** How alike two names must be to ask "is yours different?" (Jaro-Winkler, case and accents folded). */
    static final double SIMILAR = 0.9;

    /** Words the pages and API use after {@code /networks/}, so no network may take them as its slug. */
    private static final Set<String> RESERVED_SLUGS = Set.of("new", "proposals", "removals", "suggestions", "mine");

    @Inject
    NetworkRepository networks;

    @Inject
    NetworkVisits visits;

    @Inject
    Profiles profiles;

    @Inject
    Departments departments;

    @Inject
    Readers readers;

    @Inject
    Outbox outbox;

    @Inject
    Event<NetworkAudienceChanged> audienceChanged;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "guildhall.networks.approval-required", defaultValue = "true")
    boolean approvalRequired;

    /** Proposes a network; a name close to networks the proposer can see needs {@code distinctOnPurpose}. */
    @Transactional
    public Network propose(Viewer viewer, @Valid Charter proposed, boolean distinctOnPurpose) {
        var proposer = profiles.find(viewer.username());
        requireUniqueName(proposed.name(), null);
        var charter = withDirectoryDepartments(proposed, List.of());
        if (!distinctOnPurpose) {
            var similar = similarTo(viewer, charter.name());
            if (!similar.isEmpty()) {
                throw new SimilarNetworks(similar);
            }
        }
        var now = clock.instant();
        var network = Network.propose(charter, proposer, approvalRequired, freeSlug(charter.name()), now);
        networks.store(network);
        networks.flushOrConflict("A network with this name, or with the same address, was created a moment ago."
                + " Choose another name.");
        network.refreshAudiences();
        networks.store(Membership.owner(network, proposer, now));
        networks.record(network, proposer, proposer, MembershipAction.PROPOSED, null, false, now);
        indexed(network);
        return network;
    }

    @Transactional
    public Network approve(Viewer viewer, String slug) {
        var network = adminAction(viewer, slug);
        network.approve(clock.instant());
        networks.record(network, network.proposedBy(), me(viewer), MembershipAction.APPROVED, null, true, clock.instant());
        audienceChanged(network);
        return network;
    }

    @Transactional
    public Network reject(Viewer viewer, String slug, @NotBlank(message = "{network.reason.blank}")
                          @Size(max = 1000, message = "{network.reason.size}") String reason) {
        var network = adminAction(viewer, slug);
        network.reject(reason.strip(), clock.instant());
        networks.record(network, network.proposedBy(), me(viewer), MembershipAction.REJECTED, reason.strip(), true,
                clock.instant());
        audienceChanged(network);
        return network;
    }

    @Transactional
    public Network archive(Viewer viewer, String slug, @Size(max = 1000, message = "{network.reason.size}") String reason) {
        var network = adminAction(viewer, slug);
        var why = reason == null || reason.isBlank() ? null : reason.strip();
        network.archive(why, clock.instant());
        networks.record(network, network.proposedBy(), me(viewer), MembershipAction.ARCHIVED, why, true, clock.instant());
        audienceChanged(network);
        return network;
    }

    /** Owners (or admins) change the charter; a new name gets a new slug and the old one keeps working. */
    @Transactional
    public Network edit(Viewer viewer, String slug, @Valid Charter edited, Long version) {
        var visit = visits.requireManager(viewer, slug);
        var network = visit.network();
        var charter = withDirectoryDepartments(edited, network.departments());
        if (version != null && version != network.version()) {
            throw new OptimisticLockException("The charter of " + network.name() + " was changed by someone else");
        }
        requireUniqueName(charter.name(), network.id());
        var now = clock.instant();
        boolean renamed = !Network.key(charter.name()).equals(Network.key(network.name()));
        var readersBefore = network.readBy();
        network.apply(charter, now);
        if (renamed && !Network.slugOf(charter.name()).equals(network.slug())) {
            networks.keepOldSlug(network.slug(), network);
            network.renameSlug(freeSlug(charter.name()));
        }
        networks.record(network, me(viewer), me(viewer), MembershipAction.EDITED,
                renamed ? "renamed to " + charter.name() : null, visit.actsAsAdmin(viewer), now);
        if (renamed || !readersBefore.equals(network.readBy())) {
            audienceChanged(network);
        } else {
            indexed(network);
        }
        return network;
    }

    /** Proposals waiting for a decision, oldest first (admins only). */
    @Transactional
    public List<Network> proposals(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only an administrator can review proposals");
        }
        return networks.proposals();
    }

    private Network adminAction(Viewer viewer, String slug) {
        if (!viewer.isAdmin()) {
            visits.visit(viewer, slug);
            throw new Forbidden("Only an administrator can do this");
        }
        return networks.find(slug).orElseThrow(() -> new NetworkNotFound(slug));
    }

    /**
     * Sponsoring departments as the people directory spells them; one it does not know is a
     * field error that says which known departments look like it. Departments the network already
     * has stay as they are (older networks may name one the directory no longer has).
     */
    private Charter withDirectoryDepartments(Charter charter, List<String> alreadyThere) {
        var directory = departments.known();
        var chosen = new ArrayList<String>();
        for (var typed : charter.departments()) {
            var known = alreadyThere.contains(typed) ? Optional.of(typed) : directory.canonical(typed);
            if (known.isEmpty()) {
                var like = directory.like(typed);
                throw new InvalidCharter("departments", "“" + typed + "” is not a department of the people directory."
                        + (like.isEmpty() ? " Choose one from the list." : " Did you mean " + String.join(" or ", like.stream()
                        .map(d -> "“" + d + "”").toList()) + "?"));
            }
            if (!chosen.contains(known.get())) {
                chosen.add(known.get());
            }
        }
        return charter.withDepartments(chosen);
    }

    /** Live networks the viewer may see whose names look like this one. */
    private List<NetworkSummary> similarTo(Viewer viewer, String name) {
        return Similarity.closest(NetworkNames.subject(name), networks.liveNamesSeenBy(readers.of(viewer)),
                n -> NetworkNames.subject(n.name()), SIMILAR, 3);
    }

    private void requireUniqueName(String name, Long exceptId) {
        if (networks.nameTaken(Network.key(name), exceptId)) {
            throw new InvalidCharter("name", "A network called “" + name.strip() + "” already exists.");
        }
    }

    String freeSlug(String name) {
        var base = Network.slugOf(name);
        if (RESERVED_SLUGS.contains(base)) {
            base = base + "-network";
        }
        var slug = base;
        for (int n = 2; networks.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private Person me(Viewer viewer) {
        return profiles.find(viewer.username());
    }

    /** Content in the network is read by someone else now (a rename changes its documents too). */
    private void audienceChanged(Network network) {
        indexed(network);
        audienceChanged.fire(new NetworkAudienceChanged(network.id()));
    }

    private void indexed(Network network) {
        networks.flush();
        outbox.append(AGGREGATE, network.id());
    }
}
