package org.guildhall.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;

/**
 * A network as one viewer finds it: the first step of everything done with a network. What the
 * viewer may not see is {@link NetworkNotFound}; a renamed network's old slug is {@link Renamed}.
 */
@ApplicationScoped
public class NetworkVisits {

    @Inject
    NetworkRepository networks;

    @Inject
    AccessPolicy access;

    @Transactional
    public Visit visit(Viewer viewer, String slug) {
        var network = networks.find(slug).orElseGet(() -> {
            var renamed = networks.findRenamed(slug).orElseThrow(() -> new NetworkNotFound(slug));
            if (access.canSee(viewer, renamed, networks.membership(renamed, viewer.username()))) {
                throw new Renamed(renamed.slug());
            }
            throw new NetworkNotFound(slug);
        });
        var mine = networks.membership(network, viewer.username());
        if (!access.canSee(viewer, network, mine)) {
            throw new NetworkNotFound(slug);
        }
        return new Visit(network, mine, access.canManage(viewer, mine), access.canModerate(viewer, mine),
                access.canSeeContent(viewer, network, mine));
    }

    /** The visit, when the viewer may also read the network's content and member list. */
    @Transactional
    public Visit requireContent(Viewer viewer, String slug) {
        var visit = visit(viewer, slug);
        if (!visit.canSeeContent()) {
            throw new Forbidden(visit.network().name() + " shares its members and content with its members only");
        }
        return visit;
    }

    /** The visit, when the viewer runs the network (owners, and admins acting as owners). */
    @Transactional
    public Visit requireManager(Viewer viewer, String slug) {
        var visit = visit(viewer, slug);
        if (!visit.canManage()) {
            throw new Forbidden("Only the owners of " + visit.network().name() + " can do this");
        }
        return visit;
    }

    /** The visit, when the viewer moderates the network (owners, moderators, admins). */
    @Transactional
    public Visit requireModerator(Viewer viewer, String slug) {
        var visit = visit(viewer, slug);
        if (!visit.canModerate()) {
            throw new Forbidden("Only the owners and moderators of " + visit.network().name() + " can do this");
        }
        return visit;
    }
}
