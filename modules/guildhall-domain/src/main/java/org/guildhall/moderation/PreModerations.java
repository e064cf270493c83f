package org.guildhall.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkRepository;
import org.guildhall.network.NetworkVisits;
import org.guildhall.network.Visit;
import org.guildhall.people.Profiles;

/**
 * Pre-moderation: a network's owners choose, per kind of item, whether new items wait for a
 * moderator (none, the first few of each member, everything). Read on every write, so a change is
 * in force at once on every node. Owners' and moderators' own items never wait.
 */
@ApplicationScoped
public class PreModerations {

    /** The kinds pre-moderation applies to. */
    public static final List<ContentKind> KINDS = List.of(ContentKind.POST, ContentKind.COMMENT);

    @Inject
    ModerationRepository repository;

    @Inject
    NetworkVisits visits;

    @Inject
    NetworkRepository networks;

    @Inject
    AccessPolicy access;

    @Inject
    Profiles profiles;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** One kind's rule, as shown and set. */
    public record Rule(ContentKind kind, PreModerationMode mode, int firstItems) {
    }

    public record Rules(Visit visit, List<Rule> rules) {
    }

    @Transactional
    public Rules rules(Viewer viewer, String slug) {
        var visit = visits.requireModerator(viewer, slug);
        return new Rules(visit, rulesOf(visit.network()));
    }

    /** Owners set the rule for one kind; in force for the next item written. */
    @Transactional
    public Rule set(Viewer viewer, String slug, ContentKind kind, PreModerationMode mode, Integer firstItems) {
        var visit = visits.requireManager(viewer, slug);
        if (!KINDS.contains(kind)) {
            throw new InvalidField("kind", "Pre-moderation applies to posts and comments.");
        }
        int first = mode == PreModerationMode.NEW_MEMBERS ? requireFirst(firstItems) : 0;
        var network = visit.network();
        var by = profiles.find(viewer.username()).id();
        var existing = repository.preModeration(network, kind);
        var rule = existing.orElseGet(() -> new PreModeration(network.id(), kind));
        var before = describe(rule.mode(), rule.firstItems());
        rule.set(mode, first, by, clock.instant());
        if (existing.isEmpty()) {
            repository.store(rule);
        }
        audit.record(viewer, network, new AuditLog.Act(AuditAction.SETTINGS, kind, null, null, null,
                "Pre-moderation of " + kind.code() + "s", before, describe(mode, first)));
        return new Rule(kind, mode, first);
    }

    /**
     * Whether a new item by the viewer must wait for a moderator; {@code itemsSoFar} counts the
     * author's items already shown in the network (asked only when it matters).
     */
    public boolean holds(Viewer viewer, Network network, ContentKind kind, LongSupplier itemsSoFar) {
        if (network == null || access.canModerate(viewer, networks.membership(network, viewer.username()))) {
            return false;
        }
        var rule = repository.preModeration(network, kind).orElse(null);
        if (rule == null || rule.mode() == PreModerationMode.NONE) {
            return false;
        }
        return rule.mode() == PreModerationMode.EVERYTHING || itemsSoFar.getAsLong() < rule.firstItems();
    }

    /** Puts an item pre-moderation held in its network's queue (the feature has already kept it from readers). */
    public void held(ModeratedItem item) {
        if (repository.openCase(item.key()).isEmpty()) {
            repository.store(ModerationCase.open(item, Origin.HELD, clock.instant()));
        }
    }

    List<Rule> rulesOf(Network network) {
        var rules = new ArrayList<Rule>();
        for (var kind : KINDS) {
            rules.add(repository.preModeration(network, kind).map(r -> new Rule(kind, r.mode(), r.firstItems()))
                    .orElse(new Rule(kind, PreModerationMode.NONE, 0)));
        }
        return rules;
    }

    private static int requireFirst(Integer firstItems) {
        if (firstItems == null || firstItems < 1 || firstItems > PreModeration.FIRST_ITEMS_MAX) {
            throw new InvalidField("firstItems", "Say how many first items of a new member wait: 1 to " + PreModeration.FIRST_ITEMS_MAX + ".");
        }
        return firstItems;
    }

    private static String describe(PreModerationMode mode, int first) {
        return mode == PreModerationMode.NEW_MEMBERS ? mode.code() + " (first " + first + ")" : mode.code();
    }
}
