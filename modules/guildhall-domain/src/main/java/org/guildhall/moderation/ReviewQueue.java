package org.guildhall.moderation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.network.Membership;
import org.guildhall.network.NetworkRepository;
import org.guildhall.network.NetworkVisits;
import org.guildhall.network.Visit;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;

/**
 * The review queues: one per network for its owners and moderators, one across everything for
 * admins (personal blogs and reported people land only there); each case with its context.
 */
@ApplicationScoped
public class ReviewQueue {

    static final int EARLIER = 10;

    @Inject
    ModerationRepository repository;

    @Inject
    NetworkVisits visits;

    @Inject
    NetworkRepository networks;

    @Inject
    Contents contents;

    @Inject
    CaseAccess caseAccess;

    @Inject
    Profiles profiles;

    @Inject
    AuditLog audit;

    @Inject
    org.guildhall.access.AccessPolicy access;

    @Inject
    java.time.Clock clock;

    public record NetworkQueue(Visit visit, Page<ModerationCase> cases, long open, List<Person> moderators) {
    }

    /**
     * Everything a moderator needs to decide: the case, the item as it is now (empty when its
     * author deleted it), the reports, the author's history here and the sanctions in force.
     */
    public record CaseFile(ModerationCase moderationCase, Optional<ModeratedItem> item, List<Report> reports,
                           List<ModerationCase> earlier, long authorContributions, List<Sanction> sanctions,
                           List<Person> moderators, boolean correctable) {
    }

    @Transactional
    public NetworkQueue of(Viewer viewer, String slug, ModerationRepository.QueueFilter filter, int page, int size) {
        var visit = visits.requireModerator(viewer, slug);
        var network = visit.network();
        return new NetworkQueue(visit, repository.queue(network, filter, page, size), repository.openCount(network),
                moderators(network));
    }

    @Transactional
    public Page<ModerationCase> everywhere(Viewer viewer, ModerationRepository.QueueFilter filter, int page, int size) {
        AuditLog.requireAdmin(viewer);
        return repository.queue(null, filter, page, size);
    }

    @Transactional
    public CaseFile file(Viewer viewer, long id) {
        var c = caseAccess.find(viewer, id);
        var item = contents.find(c.kind(), c.targetId());
        long contributions = c.kind() == ContentKind.PERSON || c.network() == null ? 0
                : contents.of(c.kind()).contributions(c.kind(), c.author(), c.network());
        boolean correctable = c.kind() != ContentKind.PERSON && contents.of(c.kind()).correctable(c.kind());
        return new CaseFile(c, item, repository.reportsOf(c), repository.earlierCases(c, EARLIER), contributions,
                repository.inForce(c.author(), c.network(), clock.instant()),
                c.network() == null ? List.of() : moderators(c.network()), correctable);
    }

    /** Gives the case to one of the network's moderators (or takes it back, with a blank name). */
    @Transactional
    public ModerationCase assign(Viewer viewer, long id, String username) {
        var c = caseAccess.find(viewer, id);
        Person assignee = null;
        if (username != null && !username.isBlank()) {
            assignee = profiles.find(username.strip());
            boolean moderates = c.network() == null ? false
                    : networks.membership(c.network(), assignee).filter(Membership::isModerator).isPresent();
            if (!moderates && !viewer.is(assignee.username())) {
                throw new InvalidField("assignee", assignee.displayName() + " does not moderate "
                        + (c.network() == null ? "this queue" : c.network().name()) + ".");
            }
        }
        c.assign(assignee);
        audit.record(viewer, c.network(), new AuditLog.Act(AuditAction.ASSIGN, c.kind(), c.targetId(), null, c.id(),
                assignee == null ? "Unassigned" : "Assigned to " + assignee.displayName(), null, null));
        return c;
    }

    private List<Person> moderators(org.guildhall.network.Network network) {
        return networks.leaders(network).stream().filter(Membership::isModerator).map(Membership::person).toList();
    }
}
