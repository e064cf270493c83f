package org.guildhall.moderation;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.guildhall.access.Conflict;
import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.paging.Page;
import org.guildhall.people.PersonRepository;
import org.guildhall.people.Profiles;

/**
 * Reporting an item (once per person and item) to its network's moderators, or to admins for
 * personal posts and people; and the reporter's view of what became of their reports.
 */
@ApplicationScoped
public class Reports {

    @Inject
    ModerationRepository repository;

    @Inject
    Contents contents;

    @Inject
    PersonRepository people;

    @Inject
    Profiles profiles;

    @Inject
    WriteLimits limits;

    @Inject
    Clock clock;

    @Transactional
    public Report report(Viewer viewer, ContentKind kind, long id, ReportReason reason, String details) {
        var item = contents.readable(viewer, kind, id);
        return file(viewer, item, reason, details);
    }

    @Transactional
    public Report reportPerson(Viewer viewer, String username, ReportReason reason, String details) {
        var person = people.find(username == null ? "" : username.strip())
                .orElseThrow(() -> new org.guildhall.access.NotFound("No person " + username));
        return report(viewer, ContentKind.PERSON, person.id(), reason, details);
    }

    private Report file(Viewer viewer, ModeratedItem item, ReportReason reason, String details) {
        if (reason == null) {
            throw new InvalidField("reason", "Choose why you report this.");
        }
        if (details != null && details.strip().length() > Report.DETAILS_MAX) {
            throw new InvalidField("details", "Keep it under " + Report.DETAILS_MAX + " characters.");
        }
        if (reason == ReportReason.OTHER && (details == null || details.isBlank())) {
            throw new InvalidField("details", "Say what is wrong when none of the reasons fits.");
        }
        var me = profiles.find(viewer.username());
        if (item.author().equals(me)) {
            throw new Conflict(item.kind() == ContentKind.PERSON ? "You cannot report yourself" : "You cannot report what you wrote yourself");
        }
        if (repository.reported(me, item.kind(), item.id())) {
            throw new Conflict("You have already reported this; your reports show what moderators decided");
        }
        limits.spend(viewer.username());
        var now = clock.instant();
        var moderationCase = repository.openCase(item.key()).orElseGet(() -> {
            var opened = ModerationCase.open(item, Origin.REPORTED, now);
            repository.store(opened);
            return opened;
        });
        moderationCase.reported();
        var report = new Report(moderationCase, me, reason, details, now);
        repository.store(report);
        try {
            repository.flush();
        } catch (PersistenceException e) {
            throw new Conflict("Someone reported this at the same moment, or you already did; reload and try again");
        }
        return report;
    }

    /** The viewer's reports, newest first, each with its case's outcome. */
    @Transactional
    public Page<Report> mine(Viewer viewer, int page, int size) {
        return repository.reportsBy(profiles.find(viewer.username()), page, size);
    }
}
