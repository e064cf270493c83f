package org.guildhall.access;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.guildhall.network.Membership;
import org.guildhall.network.Network;

/** Turns a {@link Viewer} into the {@link Reader} audiences admit: their roles plus their standing in networks. */
@ApplicationScoped
public class Readers {

    @PersistenceContext
    EntityManager em;

    /** Everything the viewer holds, for lists and search (one query). */
    public Reader of(Viewer viewer) {
        var keys = global(viewer);
        if (!keys.isEmpty()) {
            em.createQuery("select m from Membership m join m.person p where p.username = :username", Membership.class)
                    .setParameter("username", viewer.username()).getResultList()
                    .forEach(m -> keys.addAll(m.grants()));
        }
        return new Reader(viewer.username(), keys);
    }

    /** What the viewer holds towards one network, for a single check (one query). */
    public Reader about(Viewer viewer, Network network) {
        var keys = global(viewer);
        if (!keys.isEmpty() && network != null) {
            em.createQuery("select m from Membership m join m.person p where m.network = :network and p.username = :username",
                            Membership.class)
                    .setParameter("network", network).setParameter("username", viewer.username()).getResultList()
                    .forEach(m -> keys.addAll(m.grants()));
        }
        return new Reader(viewer.username(), keys);
    }

    /** What the viewer holds with a standing that is already loaded. */
    public static Reader about(Viewer viewer, Optional<Membership> standing) {
        var keys = global(viewer);
        if (!keys.isEmpty()) {
            standing.ifPresent(m -> keys.addAll(m.grants()));
        }
        return new Reader(viewer.username(), keys);
    }

    private static Set<String> global(Viewer viewer) {
        var keys = new HashSet<String>();
        if (viewer.roles().contains(Viewer.EMPLOYEE) || viewer.isAdmin()) {
            keys.add(Grants.EVERYONE);
        }
        if (viewer.isAdmin()) {
            keys.add(Grants.ADMINS);
        }
        return keys;
    }
}
