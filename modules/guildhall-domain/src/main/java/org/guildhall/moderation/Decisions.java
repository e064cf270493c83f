package org.guildhall.moderation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.Conflict;
import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.network.Membership;
import org.guildhall.network.NetworkRepository;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;

/**
 * Deciding cases, one at a time or in bulk: the decision is applied to the item, the case closes
 * with the reason its author (and the reporters) see, and the audit log keeps the content before
 * and after. A case is decided once; a second decision answers {@link Conflict}.
 */
@ApplicationScoped
public class Decisions {

    public static final int BAN_DAYS_MAX = 3650;

    @Inject
    CaseAccess caseAccess;

    @Inject
    Contents contents;

    @Inject
    Sanctions sanctions;

    @Inject
    NetworkRepository networks;

    @Inject
    Profiles profiles;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A decision as a moderator gives it: the text for {@link Decision#EDIT}, the days for {@link Decision#BAN}. */
    public record Verdict(Decision decision, String reason, String text, Integer banDays) {
    }

    public record Bulk(int decided, int skipped) {
    }

    @Transactional
    public ModerationCase decide(Viewer viewer, long caseId, Verdict verdict, Long version) {
        var c = caseAccess.find(viewer, caseId);
        c.requireOpen();
        if (version != null && version != c.version()) {
            throw new Conflict("This case changed while you looked at it (reassigned or reported again); reload it and decide again");
        }
        apply(viewer, c, verdict);
        return c;
    }

    /** The same decision for many cases (keep, hide, delete or warn); cases decided meanwhile are skipped. */
    @Transactional
    public Bulk decideAll(Viewer viewer, List<Long> caseIds, Verdict verdict) {
        if (verdict.decision() == Decision.EDIT || verdict.decision() == Decision.BAN) {
            throw new InvalidField("decision", "Edit and ban are decided one case at a time.");
        }
        if (caseIds == null || caseIds.isEmpty()) {
            throw new InvalidField("cases", "Choose the cases to decide.");
        }
        int decided = 0;
        int skipped = 0;
        for (var id : caseIds.stream().distinct().toList()) {
            var c = caseAccess.find(viewer, id);
            if (!c.isOpen()) {
                skipped++;
                continue;
            }
            apply(viewer, c, verdict);
            decided++;
        }
        return new Bulk(decided, skipped);
    }

    /** Makes hidden content visible again (a decision taken back), with the reason in the log. */
    @Transactional
    public ModerationCase restore(Viewer viewer, long caseId, String reason) {
        var c = caseAccess.find(viewer, caseId);
        if (c.isOpen() || c.decision().keepsItem() || c.kind() == ContentKind.PERSON) {
            throw new Conflict("Only hidden or deleted content can be restored");
        }
        var item = contents.find(c.kind(), c.targetId())
                .orElseThrow(() -> new Conflict("This item no longer exists"));
        var moderator = profiles.find(viewer.username());
        contents.of(c.kind()).restore(item, clock.instant());
        audit.record(moderator, c.network(), new AuditLog.Act(AuditAction.RESTORE, c.kind(), c.targetId(), c.author(), c.id(),
                reason == null || reason.isBlank() ? null : reason.strip(), null, item.text()));
        return c;
    }

    private void apply(Viewer viewer, ModerationCase c, Verdict verdict) {
        var decision = verdict.decision();
        if (decision == null) {
            throw new InvalidField("decision", "Choose a decision.");
        }
        var reason = decision == Decision.KEEP && (verdict.reason() == null || verdict.reason().isBlank()) ? null
                : Sanctions.requireReason(verdict.reason());
        requireApplicable(viewer, c, verdict);
        var moderator = profiles.find(viewer.username());
        var now = clock.instant();
        var item = contents.find(c.kind(), c.targetId());
        if (item.isPresent() && c.kind() != ContentKind.PERSON) {
            act(moderator, c, item.get(), verdict, reason);
        } else if (c.kind() == ContentKind.PERSON && decision != Decision.BAN) {
            audit.record(moderator, c.network(), new AuditLog.Act(decision == Decision.WARN ? AuditAction.WARN : AuditAction.KEEP,
                    c.kind(), c.targetId(), c.author(), c.id(), reason, null, null));
        }
        if (decision == Decision.BAN) {
            sanctions.impose(viewer, c.network(), c.author(), SanctionKind.BAN, now.plus(Duration.ofDays(verdict.banDays())), reason, c.id());
        }
        c.decide(decision, reason, moderator, now);
    }

    private void act(Person moderator, ModerationCase c, ModeratedItem item, Verdict verdict, String reason) {
        var content = contents.of(c.kind());
        var now = clock.instant();
        boolean held = item.held();
        AuditAction action;
        String after = null;
        switch (verdict.decision()) {
            case KEEP -> {
                if (held) {
                    content.release(item, now);
                }
                action = held ? AuditAction.APPROVE : AuditAction.KEEP;
            }
            case WARN -> {
                if (held) {
                    content.release(item, now);
                }
                action = AuditAction.WARN;
            }
            case EDIT -> {
                content.correct(item, verdict.text().strip(), now);
                if (held) {
                    content.release(item, now);
                }
                action = AuditAction.EDIT;
                after = verdict.text().strip();
            }
            case HIDE, BAN -> {
                content.hide(item, moderator, reason, now);
                action = held ? AuditAction.REJECT : AuditAction.HIDE;
            }
            case DELETE -> {
                content.delete(item, moderator, reason, now);
                action = held ? AuditAction.REJECT : AuditAction.DELETE;
            }
            default -> throw new IllegalStateException();
        }
        audit.record(moderator, c.network(), new AuditLog.Act(action, c.kind(), c.targetId(), c.author(), c.id(), reason,
                item.text(), after));
    }

    private void requireApplicable(Viewer viewer, ModerationCase c, Verdict verdict) {
        var decision = verdict.decision();
        if (c.kind() == ContentKind.PERSON && (decision == Decision.HIDE || decision == Decision.DELETE || decision == Decision.EDIT)) {
            throw new InvalidField("decision", "A reported person is kept, warned or banned; their profile stays theirs to edit.");
        }
        if (decision == Decision.EDIT) {
            if (!contents.of(c.kind()).correctable(c.kind())) {
                throw new InvalidField("decision", "A wiki revision is not edited here: edit the page, or hide the revision.");
            }
            if (verdict.text() == null || verdict.text().isBlank()) {
                throw new InvalidField("text", "Give the corrected text.");
            }
        }
        if (decision == Decision.BAN) {
            if (verdict.banDays() == null || verdict.banDays() < 1 || verdict.banDays() > BAN_DAYS_MAX) {
                throw new InvalidField("banDays", "Ban for 1 to " + BAN_DAYS_MAX + " days.");
            }
            if (viewer.is(c.author().username())) {
                throw new InvalidField("decision", "You cannot ban yourself.");
            }
            if (c.network() != null && networks.membership(c.network(), c.author()).filter(Membership::isOwner).isPresent()) {
                throw new InvalidField("decision", c.author().displayName() + " is an owner of " + c.network().name()
                        + " and cannot be banned there.");
            }
        }
    }
}
