package org.guildhall.network;

import java.time.Clock;
import java.util.List;

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
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;

/**
 * A network's life: proposed by anyone, approved, rejected or archived by an admin, its charter
 * changed by its owners. A change of who may read it is announced as {@link NetworkAudienceChanged}.
 */
@ApplicationScoped
public class NetworkLifecycle {

    /** The network index's outbox aggregate. */
    public static final String AGGREGATE = "network";

    /** Words the pages and API use after {@code /networks/}, so no network may take them as its slug. */
    private static final java.util.Set<String> RESERVED_SLUGS = java.util.Set.of("new", "proposals", "removals", "suggestions", "mine");

    @Inject
    NetworkRepository networks;

    @Inject
    NetworkVisits visits;

    @Inject
    Profiles profiles;

    @Inject
    Outbox outbox;

    @Inject
    Event<NetworkAudienceChanged> audienceChanged;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "guildhall.networks.approval-required", defaultValue = "true")
    boolean approvalRequired;

    @Transactional
    public Network propose(Viewer viewer, @Valid Charter charter) {
        var proposer = profiles.find(viewer.username());
        requireUniqueName(charter.name(), null);
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
    public Network edit(Viewer viewer, String slug, @Valid Charter charter, Long version) {
        var visit = visits.requireManager(viewer, slug);
        var network = visit.network();
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

    private void requireUniqueName(String name, Long exceptId) {
        if (networks.nameTaken(Network.key(name), exceptId)) {
            throw new InvalidCharter("name", "A network called “" + name.strip() + "” already exists.");
        }
    }

    private String freeSlug(String name) {
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
