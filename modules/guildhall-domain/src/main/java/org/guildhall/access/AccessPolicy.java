package org.guildhall.access;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.guildhall.network.Membership;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkStatus;
import org.guildhall.people.Person;

/**
 * The one place that decides who may see and do what. Who may <em>read</em> is an
 * {@link Audience} (see {@link NetworkAudiences}); this class answers the in-memory form of it
 * and the permissions to act. Lists use {@link AudienceQueries}, search the same keys as a filter.
 */
@ApplicationScoped
public class AccessPolicy {

    // ---- people ---------------------------------------------------------------------------

    /** The people directory is open to every employee. */
    public boolean canSeeDirectory(Viewer viewer) {
        return viewer.roles().contains(Viewer.EMPLOYEE) || viewer.isAdmin();
    }

    public boolean canSee(Viewer viewer, Person person) {
        return canSeeDirectory(viewer);
    }

    public void requireCanSee(Viewer viewer, Person person) {
        if (!canSee(viewer, person)) {
            throw new NotFound("No such person");
        }
    }

    /** A profile is edited by its owner; admins may correct anyone's. */
    public boolean canEdit(Viewer viewer, Person person) {
        return viewer.is(person.username()) || viewer.isAdmin();
    }

    public void requireCanEdit(Viewer viewer, Person person) {
        requireCanSee(viewer, person);
        if (!canEdit(viewer, person)) {
            throw new Forbidden("Only " + person.displayName() + " can edit this profile");
        }
    }

    // ---- reading --------------------------------------------------------------------------

    /** Whether the viewer may know the network exists (its {@link Network#seenBy() seers}). */
    public boolean canSee(Viewer viewer, Network network, Optional<Membership> mine) {
        return network.seenBy().admits(Readers.about(viewer, mine));
    }

    /** Whether the viewer may read the network's content and member list (its {@link Network#readBy() readers}). */
    public boolean canSeeContent(Viewer viewer, Network network, Optional<Membership> mine) {
        return network.readBy().admits(Readers.about(viewer, mine));
    }

    /** Content that lives in a network, or company-wide content when {@code network} is null. */
    public boolean canRead(Reader reader, Network network) {
        return audienceOf(network).admits(reader);
    }

    /** Who reads published content in this network (company-wide when null): what search documents carry. */
    public static Audience audienceOf(Network network) {
        return network == null ? Audience.COMPANY : network.readBy();
    }

    // ---- acting ---------------------------------------------------------------------------

    /** Members write in an active network's blog, or only owners and moderators when it says so. */
    public boolean canPost(Viewer viewer, Network network, Optional<Membership> mine) {
        if (network.status() != NetworkStatus.ACTIVE) {
            return false;
        }
        return network.isModeratorsPost() ? mine.filter(Membership::isModerator).isPresent()
                : mine.filter(Membership::isActive).isPresent();
    }

    /**
     * Active members edit an active network's wiki; a page (or the whole wiki) that its owners
     * restricted is edited by owners and moderators only. An archived network's wiki is read-only.
     */
    public boolean canEditWiki(Viewer viewer, Network network, Optional<Membership> mine, boolean restricted) {
        if (network.status() != NetworkStatus.ACTIVE) {
            return false;
        }
        return canModerate(viewer, mine) || (!restricted && mine.filter(Membership::isActive).isPresent());
    }

    /** Owners, and admins acting as owners (their actions are logged as such). */
    public boolean canManage(Viewer viewer, Optional<Membership> mine) {
        return viewer.isAdmin() || mine.filter(Membership::isOwner).isPresent();
    }

    /** Owners and moderators decide requests, invite and remove members; admins may act for them. */
    public boolean canModerate(Viewer viewer, Optional<Membership> mine) {
        return viewer.isAdmin() || mine.filter(Membership::isModerator).isPresent();
    }
}
