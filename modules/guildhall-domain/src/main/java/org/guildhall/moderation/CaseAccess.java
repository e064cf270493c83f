package org.guildhall.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.network.NetworkVisits;

/** Who may see and decide a case: its network's moderators, and admins (alone for cases outside networks). */
@ApplicationScoped
class CaseAccess {
    @Inject
    ModerationRepository repository;

    @Inject
    NetworkVisits visits;

    ModerationCase find(Viewer viewer, long id) {
        var c = repository.moderationCase(id).orElseThrow(() -> new NotFound("No case " + id));
        if (c.network() == null) {
            if (!viewer.isAdmin()) {
                throw new NotFound("No case " + id);
            }
        } else if (!visits.visit(viewer, c.network().slug()).canModerate()) {
            throw new NotFound("No case " + id);
        }
        return c;
    }
}
