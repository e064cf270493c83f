package org.guildhall.network;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.Refusal;
import org.guildhall.outbox.Outbox;
import org.guildhall.people.Person;

/**
 * Networks and memberships brought from another platform, as they were there: original creator,
 * dates, roles and join dates. Called by the importer inside its chunk's transaction; counters
 * are recounted once per chunk rather than moved per record.
 */
@ApplicationScoped
public class NetworkImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkRepository networks;

    @Inject
    NetworkLifecycle lifecycle;

    @Inject
    Outbox outbox;

    /** Creates the network with its creator as owner; answers its id. The name must be free. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refusal.class)
    public long create(Charter charter, long creatorId, boolean archived, Instant createdAt) {
        if (networks.nameTaken(Network.key(charter.name()), null)) {
            throw new InvalidCharter("name", "A network called “" + charter.name() + "” already exists.");
        }
        var creator = em.getReference(Person.class, creatorId);
        var network = Network.imported(charter, creator, lifecycle.freeSlug(charter.name()), archived, createdAt);
        networks.store(network);
        network.refreshAudiences();
        em.persist(Membership.imported(network, creator, Role.OWNER, createdAt));
        return network.id();
    }

    /** Which of these people already have a membership (any state) in which of these networks: "network/person". */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Set<String> memberships(Collection<Long> networkIds, Collection<Long> personIds) {
        if (networkIds.isEmpty() || personIds.isEmpty()) {
            return java.util.Set.of();
        }
        var pairs = new java.util.HashSet<String>();
        em.createQuery("select m.network.id, m.person.id from Membership m where m.network.id in :networks and m.person.id in :people",
                        Object[].class)
                .setParameter("networks", networkIds).setParameter("people", personIds).getResultList()
                .forEach(row -> pairs.add(row[0] + "/" + row[1]));
        return pairs;
    }

    /**
     * Makes the person an active member with this role since {@code joinedAt}; {@code exists}
     * (from {@link #memberships}) says whether a membership is there to take them instead.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void join(long networkId, long personId, Role role, Instant joinedAt, boolean exists) {
        var network = em.getReference(Network.class, networkId);
        var person = em.getReference(Person.class, personId);
        if (exists) {
            em.flush(); // the membership may have been created earlier in this chunk
            networks.membership(network, person).ifPresent(membership -> membership.importedAgain(role, joinedAt));
        } else {
            em.persist(Membership.imported(network, person, role, joinedAt));
        }
    }

    /** Recounts members and moves last activity to the latest join, then queues the networks for search. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recount(Collection<Long> networkIds) {
        if (networkIds.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("""
                        update network set
                          member_count = (select count(*) from membership m where m.network_id = network.id and m.state = 'ACTIVE'),
                          last_activity_at = greatest(last_activity_at, coalesce(
                            (select max(m.joined_at) from membership m where m.network_id = network.id), last_activity_at))
                        where id in (:ids)""")
                .setParameter("ids", networkIds).executeUpdate();
        networkIds.forEach(id -> outbox.append(NetworkLifecycle.AGGREGATE, id));
    }

    /** Content was imported into these networks: their last activity is at least then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void active(Map<Long, Instant> latest) {
        latest.forEach((id, at) -> em.createQuery(
                        "update Network n set n.lastActivityAt = :at where n.id = :id and n.lastActivityAt < :at")
                .setParameter("at", at).setParameter("id", id).executeUpdate());
    }

}
