package org.guildhall.moderation;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.Viewer;
import org.guildhall.paging.Page;
import org.guildhall.people.Profiles;

/**
 * What moderation tells one person: decisions about what they wrote (with the reason), bans and
 * mutes in force on them, and what became of the items they reported.
 */
@ApplicationScoped
public class Notices {

    @Inject
    ModerationRepository repository;

    @Inject
    Profiles profiles;

    @Inject
    Clock clock;

    public record Mine(Page<AuditEntry> decisions, List<Sanction> restrictions, Page<Report> reports) {
    }

    @Transactional
    public Mine of(Viewer viewer, int page, int size) {
        var me = profiles.find(viewer.username());
        return new Mine(repository.noticesFor(me, page, size), repository.inForceAnywhere(me, clock.instant()),
                repository.reportsBy(me, 1, size));
    }
}
