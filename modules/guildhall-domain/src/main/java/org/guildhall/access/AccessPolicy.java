package org.guildhall.access;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.guildhall.network.Membership;
import org.guildhall.network.MembershipState;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkStatus;
import org.guildhall.people.Person;

/**
 * The one place that decides who may see and do what. Services ask it before they act; search
 * asks it for the visibility filter it adds to every query.
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

    // ---- networks -------------------------------------------------------------------------

    /**
     * Whether the viewer may know the network exists. Admins see everything. A proposal (or a
     * rejected one) is seen by its owners; a hidden network by its members and invitees only;
     * every other live network by every employee.
     */
    public boolean canSee(Viewer viewer, Network network, Optional<Membership> mine) {
        if (viewer.isAdmin()) {
            return true;
        }
        if (!canSeeDirectory(viewer)) {
            return false;
        }
        if (!network.isLive()) {
            return mine.filter(Membership::isOwner).isPresent();
        }
        if (network.isHidden()) {
            return mine.filter(m -> m.state() != MembershipState.REQUESTED).isPresent();
        }
        return true;
    }

    /** Content and the member list: public networks to all who see them, members-only to members. */
    public boolean canSeeContent(Viewer viewer, Network network, Optional<Membership> mine) {
        if (!canSee(viewer, network, mine)) {
            return false;
        }
        return viewer.isAdmin() || !network.isMembersOnly() || mine.filter(Membership::isActive).isPresent();
    }

    /** A post is read by whoever may read its network's content; a personal post by every employee. */
    public boolean canReadPost(Viewer viewer, Network network, Optional<Membership> mine) {
        if (network == null) {
            return canSeeDirectory(viewer);
        }
        return network.isLive() && canSeeContent(viewer, network, mine);
    }

    /** Members write in an active network's blog, or only owners and moderators when it says so. */
    public boolean canPost(Viewer viewer, Network network, Optional<Membership> mine) {
        if (network.status() != NetworkStatus.ACTIVE) {
            return false;
        }
        return network.isModeratorsPost() ? mine.filter(Membership::isModerator).isPresent()
                : mine.filter(Membership::isActive).isPresent();
    }

    /** Owners, and admins acting as owners (their actions are logged as such). */
    public boolean canManage(Viewer viewer, Optional<Membership> mine) {
        return viewer.isAdmin() || mine.filter(Membership::isOwner).isPresent();
    }

    /** Owners and moderators decide requests and invite; admins may act for them. */
    public boolean canModerate(Viewer viewer, Optional<Membership> mine) {
        return viewer.isAdmin() || mine.filter(Membership::isModerator).isPresent();
    }

    /** Which networks a search may return to this viewer; see the network index's filter. */
    public NetworkVisibility networkVisibility(Viewer viewer, Long personId) {
        if (viewer.isAdmin()) {
            return NetworkVisibility.EVERYTHING;
        }
        return canSeeDirectory(viewer) ? new NetworkVisibility(false, personId) : NetworkVisibility.NOTHING;
    }

    /**
     * The search-side form of {@link #canSee(Viewer, Network, Optional)} for live networks:
     * everything, or listed networks plus hidden ones the person belongs to (or is invited to).
     */
    public record NetworkVisibility(boolean everything, Long memberId) {
        public static final NetworkVisibility EVERYTHING = new NetworkVisibility(true, null);
        public static final NetworkVisibility NOTHING = new NetworkVisibility(false, null);

        public boolean nothing() {
            return !everything && memberId == null;
        }
    }

}
