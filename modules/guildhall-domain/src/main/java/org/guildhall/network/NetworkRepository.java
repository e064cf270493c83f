package org.guildhall.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.guildhall.access.AudienceQueries;
import org.guildhall.access.Reader;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;
import org.guildhall.persistence.Uniqueness;
import org.guildhall.text.Like;

/** Networks, memberships and the membership log. Every list query is paged and fetch-planned. */
@ApplicationScoped
public class NetworkRepository {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<MembershipEvent> logged;

    @jakarta.inject.Inject
    ListedFacets listedFacets;

    public Optional<Network> find(String slug) {
        return em.createQuery("select n from Network n where n.slug = :slug", Network.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** The network that once had this slug, for redirecting old links. */
    public Optional<Network> findRenamed(String slug) {
        return em.createQuery("select s.network from NetworkSlug s where s.slug = :slug", Network.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public boolean nameTaken(String nameKey, Long exceptId) {
        return !em.createQuery("select n.id from Network n where n.nameKey = :key and (:except is null or n.id <> :except)", Long.class)
                .setParameter("key", nameKey).setParameter("except", exceptId).setMaxResults(1).getResultList().isEmpty();
    }

    public boolean slugTaken(String slug) {
        return find(slug).isPresent() || findRenamed(slug).isPresent();
    }

    /** Networks by id, with their audiences (for search documents). */
    public List<Network> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : em.createQuery("select n from Network n where n.id in :ids", Network.class).setParameter("ids", ids).getResultList();
    }

    /** Every live network the reader may see (to compare a proposed name with). */
    public List<NetworkSummary> liveNamesSeenBy(Reader reader) {
        var query = em.createQuery("select new org.guildhall.network.NetworkSummary(n.slug, n.name, n.description) from Network n"
                        + " where n.status in (:active, :archived) and " + AudienceQueries.seen("n"), NetworkSummary.class)
                .setParameter("active", NetworkStatus.ACTIVE).setParameter("archived", NetworkStatus.ARCHIVED);
        AudienceQueries.bind(query, reader);
        return query.getResultList();
    }

    /** Of these networks, the live ones the reader may see now (to re-check search hits). */
    public List<Network> seenAmong(Collection<Long> ids, Reader reader) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select n from Network n where n.id in :ids and n.status in (:active, :archived) and "
                + AudienceQueries.seen("n"), Network.class)
                .setParameter("ids", ids).setParameter("active", NetworkStatus.ACTIVE).setParameter("archived", NetworkStatus.ARCHIVED);
        AudienceQueries.bind(query, reader);
        return query.getResultList();
    }

    /** Ids after {@code after}, in order, for rebuilding an index in chunks. */
    public List<Long> idsAfter(long after, int limit) {
        return em.createQuery("select n.id from Network n where n.id > :after order by n.id", Long.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    public long count() {
        return em.createQuery("select count(n) from Network n", Long.class).getSingleResult();
    }

    public void store(Network network) {
        if (network.id() == null) {
            em.persist(network);
        }
    }

    void keepOldSlug(String slug, Network network) {
        em.persist(new NetworkSlug(slug, network));
    }

    /**
     * Locks the network's row until the transaction ends, so changes that could leave it without
     * an owner happen one after the other (the queries after this see the other's outcome). Its
     * version is untouched: a charter edit in progress is not made stale by someone leaving.
     */
    void lockForMembershipChange(Network network) {
        em.createNativeQuery("select id from network where id = ? for update").setParameter(1, network.id()).getSingleResult();
    }

    /** Member count and last activity, as an atomic update that leaves the version alone. */
    void countMembers(Network network, int delta, Instant now) {
        em.flush();
        em.createQuery("update Network n set n.memberCount = n.memberCount + :delta, n.lastActivityAt = :now where n.id = :id")
                .setParameter("delta", delta).setParameter("now", now).setParameter("id", network.id()).executeUpdate();
    }

    public void flush() {
        em.flush();
    }

    /** Flushes now: a unique name or slug taken meanwhile by someone else is a conflict with this message. */
    void flushOrConflict(String message) {
        Uniqueness.flush(em, message);
    }

    // ---- memberships ----------------------------------------------------------------------

    public Optional<Membership> membership(Network network, Person person) {
        return em.createQuery("select m from Membership m where m.network = :network and m.person = :person", Membership.class)
                .setParameter("network", network).setParameter("person", person).getResultStream().findFirst();
    }

    public Optional<Membership> membership(Network network, String username) {
        return em.createQuery("select m from Membership m join fetch m.person p where m.network = :network and p.username = :username",
                        Membership.class)
                .setParameter("network", network).setParameter("username", username).getResultStream().findFirst();
    }

    /** The viewer's standing with each of the given networks, in one query. */
    public Map<Long, Membership> memberships(String username, Collection<Network> networks) {
        if (networks.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from Membership m where m.person.username = :username and m.network in :networks",
                        Membership.class)
                .setParameter("username", username).setParameter("networks", networks).getResultList().stream()
                .collect(Collectors.toMap(m -> m.network().id(), m -> m));
    }

    /** Owners of each of the given networks, in one query. */
    public Map<Long, List<Person>> owners(Collection<Network> networks) {
        if (networks.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select m from Membership m join fetch m.person
                        where m.network in :networks and m.role = :owner and m.state = :active
                        order by m.joinedAt""", Membership.class)
                .setParameter("networks", networks).setParameter("owner", Role.OWNER)
                .setParameter("active", MembershipState.ACTIVE).getResultList().stream()
                .collect(Collectors.groupingBy(m -> m.network().id(), Collectors.mapping(Membership::person, Collectors.toList())));
    }

    public long countOwners(Network network) {
        return em.createQuery("select count(m) from Membership m where m.network = :network and m.role = :owner and m.state = :active",
                        Long.class)
                .setParameter("network", network).setParameter("owner", Role.OWNER)
                .setParameter("active", MembershipState.ACTIVE).getSingleResult();
    }

    /** Owners and moderators, for the network's home page. */
    public List<Membership> leaders(Network network) {
        return em.createQuery("""
                        select m from Membership m join fetch m.person
                        where m.network = :network and m.state = :active and m.role in (:owner, :moderator)
                        order by m.role, m.joinedAt""", Membership.class)
                .setParameter("network", network).setParameter("active", MembershipState.ACTIVE)
                .setParameter("owner", Role.OWNER).setParameter("moderator", Role.MODERATOR).getResultList();
    }

    public Page<Membership> members(Network network, MemberQuery query) {
        var where = new StringBuilder("m.network = :network and m.state = :active");
        if (query.role() != null) {
            where.append(" and m.role = :role");
        }
        if (query.department() != null) {
            where.append(" and lower(p.department) = lower(:department)");
        }
        if (query.name() != null) {
            where.append(" and (lower(p.displayName) like :name" + Like.ESCAPE + " or lower(p.username) like :name" + Like.ESCAPE + ")");
        }
        var items = em.createQuery("select m from Membership m join fetch m.person p where " + where
                + " order by case m.role when :owner then 0 when :moderator then 1 else 2 end, lower(p.displayName)", Membership.class);
        var count = em.createQuery("select count(m) from Membership m join m.person p where " + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("network", network).setParameter("active", MembershipState.ACTIVE);
            if (query.role() != null) {
                q.setParameter("role", query.role());
            }
            if (query.department() != null) {
                q.setParameter("department", query.department());
            }
            if (query.name() != null) {
                q.setParameter("name", Like.containing(query.name()));
            }
        }
        items.setParameter("owner", Role.OWNER).setParameter("moderator", Role.MODERATOR);
        var list = items.setFirstResult((query.page() - 1) * query.size()).setMaxResults(query.size()).getResultList();
        return new Page<>(list, count.getSingleResult(), query.page(), query.size());
    }

    /** The departments the network's members come from, alphabetically. */
    public List<String> memberDepartments(Network network) {
        return em.createQuery("""
                        select distinct p.department from Membership m join m.person p
                        where m.network = :network and m.state = :active and p.department is not null
                        order by p.department""", String.class)
                .setParameter("network", network).setParameter("active", MembershipState.ACTIVE).getResultList();
    }

    /** Every active member, for the CSV export (bounded by the network's size, streamed by the caller). */
    public List<Membership> allMembers(Network network) {
        return em.createQuery("""
                        select m from Membership m join fetch m.person p
                        where m.network = :network and m.state = :active order by lower(p.displayName)""", Membership.class)
                .setParameter("network", network).setParameter("active", MembershipState.ACTIVE).getResultList();
    }

    public List<Membership> pending(Network network, MembershipState state) {
        return em.createQuery("""
                        select m from Membership m join fetch m.person left join fetch m.invitedBy
                        where m.network = :network and m.state = :state order by m.createdAt""", Membership.class)
                .setParameter("network", network).setParameter("state", state).getResultList();
    }

    /** A person's memberships, invitations and requests, with their networks. */
    public List<Membership> membershipsOf(Person person) {
        return em.createQuery("""
                        select m from Membership m join fetch m.network n
                        where m.person = :person order by lower(n.name)""", Membership.class)
                .setParameter("person", person).getResultList();
    }

    /** The same, by username. */
    public List<Membership> membershipsOf(String username) {
        return em.createQuery("""
                        select m from Membership m join fetch m.network n
                        where m.person.username = :username order by lower(n.name)""", Membership.class)
                .setParameter("username", username).getResultList();
    }

    void store(Membership membership) {
        if (membership.id() == null) {
            em.persist(membership);
        }
    }

    /** Stores a new standing; a concurrent one for the same person (a double click) is a conflict with this message. */
    void store(Membership membership, String duplicate) {
        em.persist(membership);
        Uniqueness.flush(em, duplicate);
    }

    void remove(Membership membership) {
        em.remove(membership);
    }

    // ---- the log --------------------------------------------------------------------------

    void record(Network network, Person subject, Person actor, MembershipAction action, String detail,
                boolean asAdmin, Instant now) {
        var event = new MembershipEvent(network, subject, actor, action, detail, asAdmin, now);
        em.persist(event);
        logged.fire(event); // following, the activity stream and notifications react in this transaction
    }

    /** The log, newest first, narrowed to one kind of change and/or to a person (concerned or acting, by name). */
    public Page<MembershipEvent> log(Network network, MembershipAction action, String person, int page, int size) {
        var where = new StringBuilder("e.network = :network");
        if (action != null) {
            where.append(" and e.action = :action");
        }
        if (person != null) {
            where.append(" and (lower(s.displayName) like :person" + Like.ESCAPE + " or lower(s.username) like :person" + Like.ESCAPE
                    + " or lower(a.displayName) like :person" + Like.ESCAPE + " or lower(a.username) like :person" + Like.ESCAPE + ")");
        }
        var items = em.createQuery("select e from MembershipEvent e join fetch e.subject s join fetch e.actor a where " + where
                + " order by e.occurredAt desc, e.id desc", MembershipEvent.class);
        var count = em.createQuery("select count(e) from MembershipEvent e join e.subject s join e.actor a where " + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("network", network);
            if (action != null) {
                q.setParameter("action", action);
            }
            if (person != null) {
                q.setParameter("person", Like.containing(person));
            }
        }
        var list = items.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page<>(list, count.getSingleResult(), page, size);
    }

    /** The person's removal from the network since {@code since}, if that is the last thing that happened to them there. */
    Optional<MembershipEvent> lastRemoval(Network network, String username, Instant since) {
        return em.createQuery("""
                        select e from MembershipEvent e join fetch e.actor
                        where e.network = :network and e.subject.username = :username and e.occurredAt >= :since
                        order by e.occurredAt desc, e.id desc""", MembershipEvent.class)
                .setParameter("network", network).setParameter("username", username).setParameter("since", since)
                .setMaxResults(1).getResultStream().filter(e -> e.action() == MembershipAction.REMOVED).findFirst();
    }

    /** Removals of a person since {@code since} from networks they have not rejoined, newest first. */
    List<MembershipEvent> removalsOf(String username, Instant since) {
        return em.createQuery("""
                        select e from MembershipEvent e join fetch e.network n join fetch e.actor
                        where e.subject.username = :username and e.action = :removed and e.occurredAt >= :since
                          and not exists (select 1 from Membership m where m.network = n and m.person = e.subject)
                        order by e.occurredAt desc""", MembershipEvent.class)
                .setParameter("username", username).setParameter("removed", MembershipAction.REMOVED)
                .setParameter("since", since).getResultList();
    }

    // ---- the directory --------------------------------------------------------------------

    /** Live networks the reader may see, filtered, sorted and paged in the database. */
    public Page<Network> directory(DirectoryQuery query, Reader reader, String viewer, Instant now) {
        var where = new StringBuilder("n.status in (:active, :archived) and " + AudienceQueries.seen("n"));
        if (query.mine()) {
            where.append(" and exists (select 1 from Membership mine where mine.network = n"
                    + " and mine.person.username = :viewer and mine.state = :member)");
        }
        if (query.topic() != null) {
            where.append(" and :topic member of n.topics");
        }
        if (query.department() != null) {
            where.append(" and :department member of n.departments");
        }
        if (query.minMembers() != null) {
            where.append(" and n.memberCount >= :minMembers");
        }
        if (query.activeWithinDays() != null) {
            where.append(" and n.lastActivityAt >= :activeSince");
        }
        var order = switch (query.sort()) {
            case ACTIVITY -> "n.lastActivityAt desc, n.id";
            case SIZE -> "n.memberCount desc, n.nameKey";
            case NEWEST -> "n.createdAt desc, n.id";
            case NAME -> "n.nameKey, n.id";
        };
        var items = em.createQuery("select n from Network n where " + where + " order by " + order, Network.class);
        var count = em.createQuery("select count(n) from Network n where " + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("active", NetworkStatus.ACTIVE).setParameter("archived", NetworkStatus.ARCHIVED);
            AudienceQueries.bind(q, reader);
            if (query.mine()) {
                q.setParameter("viewer", viewer).setParameter("member", MembershipState.ACTIVE);
            }
            if (query.topic() != null) {
                q.setParameter("topic", query.topic().toLowerCase());
            }
            if (query.department() != null) {
                q.setParameter("department", query.department());
            }
            if (query.minMembers() != null) {
                q.setParameter("minMembers", query.minMembers());
            }
            if (query.activeWithinDays() != null) {
                q.setParameter("activeSince", now.minus(java.time.Duration.ofDays(query.activeWithinDays())));
            }
        }
        var list = items.setFirstResult((query.page() - 1) * query.size()).setMaxResults(query.size()).getResultList();
        return new Page<>(new ArrayList<>(list), count.getSingleResult(), query.page(), query.size());
    }

    /** Pending join requests, counted by network, in the networks the person owns or moderates. One query. */
    public Map<Long, Long> requestsModeratedBy(String username) {
        return em.createQuery("""
                        select r.network.id, count(r) from Membership r
                        where r.state = :requested and r.network.status = :active and exists (
                          select 1 from Membership m where m.network = r.network and m.person.username = :username
                            and m.state = :member and m.role in (:owner, :moderator))
                        group by r.network.id""", Object[].class)
                .setParameter("requested", MembershipState.REQUESTED).setParameter("active", NetworkStatus.ACTIVE)
                .setParameter("username", username).setParameter("member", MembershipState.ACTIVE)
                .setParameter("owner", Role.OWNER).setParameter("moderator", Role.MODERATOR).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    public long countProposals() {
        return em.createQuery("select count(n) from Network n where n.status = :proposed", Long.class)
                .setParameter("proposed", NetworkStatus.PROPOSED).getSingleResult();
    }

    /** The networks a person proposed, newest first, with what became of them. */
    public List<Network> proposedBy(String username, int limit) {
        return em.createQuery("select n from Network n where n.proposedBy.username = :username order by n.createdAt desc",
                Network.class).setParameter("username", username).setMaxResults(limit).getResultList();
    }

    /** Proposals awaiting an admin, oldest first. */
    public List<Network> proposals() {
        return em.createQuery("select n from Network n join fetch n.proposedBy where n.status = :proposed order by n.createdAt",
                Network.class).setParameter("proposed", NetworkStatus.PROPOSED).getResultList();
    }

    /**
     * Topics in use by live networks the reader may see, for the directory's filter: those of
     * listed networks (every employee sees them; kept for a minute by {@link ListedFacets}) and
     * those of the hidden networks the reader may see (few, found through their audience).
     */
    public List<String> topicsInUse(Reader reader) {
        return facet("select distinct t from Network n join n.topics t", reader, "topics");
    }

    /** Sponsoring departments of live networks the reader may see, for the directory's filter (as topics are). */
    public List<String> departmentsInUse(Reader reader) {
        return facet("select distinct d from Network n join n.departments d", reader, "departments");
    }

    private List<String> facet(String select, Reader reader, String facet) {
        var all = new java.util.TreeSet<String>();
        if (reader.holds(org.guildhall.access.Grants.EVERYONE)) {
            all.addAll(listedFacets.values(facet, () -> liveWith(select, Visibility.LISTED).getResultList()));
        }
        var hidden = liveWith(select, Visibility.HIDDEN);
        AudienceQueries.bind(hidden, reader);
        all.addAll(hidden.getResultList());
        return List.copyOf(all);
    }

    private TypedQuery<String> liveWith(String select, Visibility visibility) {
        return em.createQuery(select + " where n.status in (:a, :b) and n.visibility = :visibility"
                        + (visibility == Visibility.HIDDEN ? " and " + AudienceQueries.seen("n") : ""), String.class)
                .setParameter("a", NetworkStatus.ACTIVE).setParameter("b", NetworkStatus.ARCHIVED)
                .setParameter("visibility", visibility);
    }
}
