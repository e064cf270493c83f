package org.guildhall.access;

import java.util.HashSet;
import java.util.Set;

import org.guildhall.access.Grants.Standing;
import org.guildhall.network.ContentAccess;
import org.guildhall.network.NetworkStatus;
import org.guildhall.network.Visibility;

/**
 * The one definition of who may see a network and who may read what is in it (posts, the
 * member list, and every content type that lives in a network). Networks store the audiences
 * computed here whenever their status, visibility or content access changes; list queries,
 * search documents, suggestions and single checks all read those stored audiences.
 */
public final class NetworkAudiences {

    private NetworkAudiences() {
    }

    /**
     * Who may know the network exists: everyone for a listed live network, members and invitees
     * for a hidden one, the owners of a proposal (or a rejected one); administrators always.
     */
    public static Audience seers(long id, NetworkStatus status, Visibility visibility) {
        var keys = new HashSet<String>();
        keys.add(Grants.ADMINS);
        if (!live(status)) {
            keys.add(Grants.network(id, Standing.OWNER));
        } else if (visibility == Visibility.HIDDEN) {
            keys.add(Grants.network(id, Standing.ACTIVE));
            keys.add(Grants.network(id, Standing.INVITED));
        } else {
            keys.add(Grants.EVERYONE);
        }
        return new Audience(keys);
    }

    /**
     * Who may read the network's content and member list: its members when it is members-only,
     * otherwise everyone who may see it.
     */
    public static Audience readers(long id, NetworkStatus status, Visibility visibility, ContentAccess access) {
        if (!live(status) || access != ContentAccess.MEMBERS_ONLY) {
            return seers(id, status, visibility);
        }
        return new Audience(Set.of(Grants.ADMINS, Grants.network(id, Standing.ACTIVE)));
    }

    private static boolean live(NetworkStatus status) {
        return status == NetworkStatus.ACTIVE || status == NetworkStatus.ARCHIVED;
    }
}
