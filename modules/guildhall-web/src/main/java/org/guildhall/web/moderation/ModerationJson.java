package org.guildhall.web.moderation;

import java.time.Instant;
import java.util.List;

import org.guildhall.moderation.AuditEntry;
import org.guildhall.moderation.ModeratedItem;
import org.guildhall.moderation.ModerationCase;
import org.guildhall.moderation.PreModerations;
import org.guildhall.moderation.Report;
import org.guildhall.moderation.ReviewQueue;
import org.guildhall.moderation.Sanction;
import org.guildhall.network.Network;
import org.guildhall.people.Person;

/** Moderation as the API shows it. */
final class ModerationJson {

    private ModerationJson() {
    }

    record PersonRef(String username, String displayName) {
        static PersonRef of(Person p) {
            return p == null ? null : new PersonRef(p.username(), p.displayName());
        }
    }

    record NetworkRef(String slug, String name) {
        static NetworkRef of(Network n) {
            return n == null ? null : new NetworkRef(n.slug(), n.name());
        }
    }

    record CaseJson(long id, String kind, long targetId, NetworkRef network, PersonRef author, String origin, String title,
                    String excerpt, String link, int reports, PersonRef assignee, String state, String decision,
                    String reason, PersonRef decidedBy, Instant decidedAt, Instant openedAt, long version) {
        static CaseJson of(ModerationCase c) {
            return new CaseJson(c.id(), c.kind().code(), c.targetId(), NetworkRef.of(c.network()), PersonRef.of(c.author()),
                    c.origin().code(), c.title(), c.excerpt(), c.link(), c.reportCount(), PersonRef.of(c.assignee()),
                    c.isOpen() ? "open" : "decided", c.decision() == null ? null : c.decision().code(), c.decisionReason(),
                    PersonRef.of(c.decidedBy()), c.decidedAt(), c.openedAt(), c.version());
        }
    }

    record ItemJson(String kind, long id, String title, String text, String link, boolean hidden, boolean waiting) {
        static ItemJson of(ModeratedItem i) {
            return new ItemJson(i.kind().code(), i.id(), i.title(), i.text(), i.link(), i.hidden(), i.held());
        }
    }

    record ReportJson(long id, String kind, long targetId, String reason, String details, Instant createdAt, PersonRef reporter,
                      Outcome outcome) {
        static ReportJson of(Report r, boolean withReporter) {
            var c = r.moderationCase();
            return new ReportJson(r.id(), r.kind().code(), r.targetId(), r.reason().code(), r.details(), r.createdAt(),
                    withReporter ? PersonRef.of(r.reporter()) : null,
                    new Outcome(c.id(), c.title(), c.isOpen() ? "open" : "decided", c.decision() == null ? null : c.decision().code(),
                            c.decisionReason(), c.decidedAt()));
        }
    }

    /** What became of a report: its case's state and decision, as the reporter sees it. */
    record Outcome(long caseId, String title, String state, String decision, String reason, Instant decidedAt) {
    }

    record CaseFileJson(CaseJson moderationCase, ItemJson item, List<ReportJson> reports, List<CaseJson> earlier,
                        long authorContributions, List<SanctionJson> sanctionsInForce, List<PersonRef> moderators,
                        boolean correctable) {
        static CaseFileJson of(ReviewQueue.CaseFile f) {
            return new CaseFileJson(CaseJson.of(f.moderationCase()), f.item().map(ItemJson::of).orElse(null),
                    f.reports().stream().map(r -> ReportJson.of(r, true)).toList(), f.earlier().stream().map(CaseJson::of).toList(),
                    f.authorContributions(), f.sanctions().stream().map(SanctionJson::of).toList(),
                    f.moderators().stream().map(PersonRef::of).toList(), f.correctable());
        }
    }

    record SanctionJson(long id, String kind, PersonRef person, NetworkRef network, String reason, Instant startsAt, Instant endsAt,
                        Instant liftedAt, boolean inForce) {
        static SanctionJson of(Sanction s) {
            return new SanctionJson(s.id(), s.kind().code(), PersonRef.of(s.person()), NetworkRef.of(s.network()), s.reason(),
                    s.startsAt(), s.endsAt(), s.liftedAt(), s.liftedAt() == null && s.endsAt().isAfter(Instant.now()));
        }
    }

    record AuditJson(long id, Instant at, NetworkRef network, PersonRef actor, String action, String kind, Long targetId,
                     PersonRef subject, Long caseId, String reason, String before, String after) {
        static AuditJson of(AuditEntry a) {
            return new AuditJson(a.id(), a.at(), NetworkRef.of(a.network()), PersonRef.of(a.actor()), a.action().code(),
                    a.kind() == null ? null : a.kind().code(), a.targetId(), PersonRef.of(a.subject()), a.caseId(), a.reason(),
                    a.before(), a.after());
        }
    }

    /** A decision about one's own content, as its author reads it (no moderator named, as in Discourse). */
    record NoticeJson(Instant at, NetworkRef network, String action, String kind, Long targetId, String reason) {
        static NoticeJson of(AuditEntry a) {
            return new NoticeJson(a.at(), NetworkRef.of(a.network()), a.action().code(), a.kind() == null ? null : a.kind().code(),
                    a.targetId(), a.reason());
        }
    }

    record RuleJson(String kind, String mode, int firstItems) {
        static RuleJson of(PreModerations.Rule r) {
            return new RuleJson(r.kind().code(), r.mode().code(), r.firstItems());
        }
    }
}
