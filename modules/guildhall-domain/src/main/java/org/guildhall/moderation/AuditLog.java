package org.guildhall.moderation;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkVisits;
import org.guildhall.network.Visit;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;

/**
 * The audit log of moderation: written by every action in the same transaction as the action,
 * read and exported by a network's owners and moderators for their network, by admins for all.
 */
@ApplicationScoped
public class AuditLog {

    /** An export holds at most this many entries (the newest); narrow by date for older ones. */
    public static final int EXPORT_MAX = 50_000;

    @Inject
    ModerationRepository repository;

    @Inject
    NetworkVisits visits;

    @Inject
    Profiles profiles;

    @Inject
    Clock clock;

    /** What happened to an item (or a person) and why; {@code before}/{@code after} are its text around the action. */
    public record Act(AuditAction action, ContentKind kind, Long targetId, Person subject, Long caseId, String reason,
                      String before, String after) {
    }

    /** Records an action taken by the viewer, in the caller's transaction. */
    @Transactional
    public void record(Viewer viewer, Network network, Act act) {
        record(profiles.find(viewer.username()), network, act);
    }

    void record(Person actor, Network network, Act act) {
        var entry = new AuditEntry(network, actor, act.action(), act.kind(), act.targetId(), act.subject(), act.caseId(),
                act.reason(), act.before(), act.after(), clock.instant());
        repository.store(entry);
        logged.fire(entry); // notifications tell the author and the reporters
    }

    @Inject
    jakarta.enterprise.event.Event<AuditEntry> logged;

    /** The people who reported the case (to tell them its outcome). */
    public java.util.List<Person> reportersOf(long caseId) {
        return repository.reportersOf(caseId);
    }

    public record NetworkLog(Visit visit, Page<AuditEntry> entries) {
    }

    @Transactional
    public NetworkLog of(Viewer viewer, String slug, ModerationRepository.AuditFilter filter, int page, int size) {
        var visit = visits.requireModerator(viewer, slug);
        return new NetworkLog(visit, repository.audit(visit.network(), filter, page, size));
    }

    @Transactional
    public Page<AuditEntry> all(Viewer viewer, ModerationRepository.AuditFilter filter, int page, int size) {
        requireAdmin(viewer);
        return repository.audit(null, filter, page, size);
    }

    @Transactional
    public List<AuditEntry> export(Viewer viewer, String slug, ModerationRepository.AuditFilter filter) {
        Network network = null;
        if (slug == null) {
            requireAdmin(viewer);
        } else {
            network = visits.requireModerator(viewer, slug).network();
        }
        return repository.audit(network, filter, 1, EXPORT_MAX).items();
    }

    static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only administrators see every network's moderation");
        }
    }
}
