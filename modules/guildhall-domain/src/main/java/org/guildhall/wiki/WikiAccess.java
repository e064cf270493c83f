package org.guildhall.wiki;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;
import org.guildhall.network.NetworkStatus;
import org.guildhall.network.NetworkVisits;
import org.guildhall.network.Visit;

/**
 * Finding a wiki and its pages as one viewer may: readers of the network's content read its wiki
 * (a members-only network's wiki is members-only); editing is {@link AccessPolicy#canEditWiki}.
 */
@ApplicationScoped
class WikiAccess {

    @Inject
    NetworkVisits visits;

    @Inject
    WikiRepository wikis;

    @Inject
    AccessPolicy access;

    @Inject
    org.guildhall.moderation.Sanctions sanctions;

    @Inject
    org.guildhall.people.Profiles profiles;

    /** A network whose wiki the viewer may read, with its wiki if it has one yet. */
    record Place(Visit visit, Optional<Wiki> wiki) {
        boolean restricted() {
            return wiki.map(Wiki::isRestricted).orElse(false);
        }
    }

    Place read(Viewer viewer, String networkSlug) {
        var visit = visits.requireContent(viewer, networkSlug);
        return new Place(visit, wikis.wiki(visit.network()));
    }

    /** The page, following a renamed page's old slug with {@link PageMoved}. */
    WikiPage page(Viewer viewer, Place place, String slug) {
        var network = place.visit().network();
        return wikis.page(network, slug).orElseThrow(() -> wikis.redirected(network, slug)
                .<RuntimeException>map(p -> new PageMoved(p.slug()))
                .orElseGet(() -> new PageMissing(place.visit(), slug, canCreate(viewer, place))));
    }

    boolean canCreate(Viewer viewer, Place place) {
        return access.canEditWiki(viewer, place.visit().network(), place.visit().mine(), place.restricted());
    }

    boolean canEdit(Viewer viewer, Place place, WikiPage page) {
        return access.canEditWiki(viewer, place.visit().network(), place.visit().mine(), place.restricted() || page.isRestricted());
    }

    void requireCreate(Viewer viewer, Place place) {
        requireWritable(place);
        if (!canCreate(viewer, place)) {
            throw refusal(place, false);
        }
        requireNotBarred(viewer, place);
    }

    /** Editing a page: saving, reverting, attaching files. */
    void requireEdit(Viewer viewer, Place place, WikiPage page) {
        requireWritable(place);
        if (!canEdit(viewer, place, page)) {
            throw refusal(place, page.isRestricted());
        }
        requireNotBarred(viewer, place);
    }

    /** Nobody banned or muted in the network (or company-wide) edits its wiki. */
    private void requireNotBarred(Viewer viewer, Place place) {
        sanctions.requireMayWrite(profiles.find(viewer.username()), place.visit().network());
    }

    /** Owners (and admins) restrict pages and the wiki. */
    void requireManage(Place place) {
        if (!place.visit().canManage()) {
            throw new Forbidden("Only the owners of " + place.visit().network().name() + " can change who edits its wiki");
        }
    }

    static void requireWritable(Place place) {
        var network = place.visit().network();
        if (network.status() != NetworkStatus.ACTIVE) {
            throw new Conflict(network.name() + " is " + network.status().code() + ": its wiki is read-only");
        }
    }

    private static Forbidden refusal(Place place, boolean pageRestricted) {
        var name = place.visit().network().name();
        if (pageRestricted || place.restricted()) {
            return new Forbidden("Only the owners and moderators of " + name + " edit " + (pageRestricted ? "this page" : "its wiki"));
        }
        return new Forbidden("Join " + name + " to edit its wiki");
    }
}
