package org.guildhall.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.AudienceQueries;
import org.guildhall.access.Reader;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.people.Person;
import org.guildhall.people.PersonNotFound;
import org.guildhall.people.PersonRepository;

/**
 * A person's strongest connections as the viewer may know them: ties in content the viewer may
 * read (weighted by kind and halved every six months) and shared networks whose members the viewer
 * may see (weighted by how small they are), the links among those connections, and the figures'
 * date. A tie inside a network the viewer cannot read is not there for them, not even as a weight.
 */
@ApplicationScoped
public class Connections {

    /** How many connections the graph and table show. */
    public static final int SHOWN = 40;
    /** Networks up to this size make their members connections by themselves. */
    static final int SMALL_NETWORK = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonRepository people;

    @Inject
    AccessPolicy access;

    @Inject
    Readers readers;

    @Inject
    FlowRuns runs;


    /** One connection: who, how strong, what they did with each other, and where they meet. */
    public record Connection(Someone person, double strength, Map<InteractionKind, Exchange> interactions,
                             List<NetworkRef> sharedNetworks, Instant lastAt) {
        /** The smallest shared networks, as a table row names them. */
        public List<NetworkRef> firstNetworks() {
            return sharedNetworks.subList(0, Math.min(3, sharedNetworks.size()));
        }

        public int moreNetworks() {
            return Math.max(0, sharedNetworks.size() - 3);
        }
    }

    /** Interactions of one kind: given by the person at the centre, and received. */
    public record Exchange(int given, int received) {
    }

    /** A link between two connections (usernames), for the graph. */
    public record Link(String from, String to, double strength) {
    }

    /** The graph around a person; {@code listed}: whether they let HR list them among brokers. */
    public record Graph(Someone person, boolean listed, FlowRuns.Status status, List<Connection> connections, List<Link> links) {
    }

    @Transactional
    public Graph of(Viewer viewer, String username) {
        Person person = people.find(username).orElseThrow(() -> new PersonNotFound(username));
        access.requireCanSee(viewer, person);
        var status = runs.status();
        if (status.published().isEmpty()) {
            return new Graph(Someone.of(person), person.brokerListed(), status, List.of(), List.of());
        }
        int generation = status.published().get().generation();
        var reader = readers.of(viewer);
        // A few more than shown: people who left are dropped once loaded.
        var strongest = strongest(generation, person.id(), reader);
        var someone = new HashMap<Long, Someone>();
        people.findAll(strongest).stream().filter(p -> p.leftAt() == null).forEach(p -> someone.put(p.id(), Someone.of(p)));
        var top = strongest.stream().filter(someone::containsKey).limit(SHOWN).toList();
        if (top.isEmpty()) {
            return new Graph(Someone.of(person), person.brokerListed(), status, List.of(), List.of());
        }
        var found = new HashMap<Long, Builder>();
        ties(generation, person.id(), top, reader, found);
        sharedNetworks(person.id(), top, reader, found);
        var connections = new ArrayList<Connection>();
        for (long id : top) {
            connections.add(found.computeIfAbsent(id, k -> new Builder()).build(someone.get(id)));
        }
        connections.sort(Comparator.comparingDouble(Connection::strength).reversed());
        return new Graph(Someone.of(person), person.brokerListed(), status, connections, links(generation, top, reader, someone));
    }

    /**
     * The people with the strongest ties to the person (in what the viewer may read) and the
     * members of the person's small networks, strongest first, ranked in the database so that a
     * person with thousands of ties costs one short answer.
     */
    @SuppressWarnings("unchecked")
    private List<Long> strongest(int generation, long person, Reader reader) {
        var query = em.createNativeQuery("select x.other, sum(x.w) from ("
                + " select t.other_id as other, t.weight as w from person_tie t"
                + "  where t.generation = :g and t.person_id = :p and " + AudienceQueries.readableSql("t.network_id")
                + " union all"
                + " select m2.person_id, max(case when n.member_count <= 20 then 1.0 else 20.0 / n.member_count end)"
                + "   from membership m1 join network n on n.id = m1.network_id join membership m2 on m2.network_id = n.id"
                + "  where m1.person_id = :p and m1.state = 'ACTIVE' and m2.state = 'ACTIVE' and m2.person_id <> :p"
                + "    and n.member_count <= :small and " + AudienceQueries.readableSql("n.id")
                + "  group by m2.person_id"
                + ") x group by x.other order by sum(x.w) desc, x.other");
        bind(query, reader).setParameter("g", generation).setParameter("p", person).setParameter("small", SMALL_NETWORK)
                .setMaxResults(SHOWN + SHOWN / 2);
        return rows(query).stream().map(r -> ((Number) r[0]).longValue()).toList();
    }

    private void ties(int generation, long person, List<Long> top, Reader reader, Map<Long, Builder> found) {
        var query = em.createNativeQuery("select t.other_id, t.kind, sum(t.given), sum(t.received), max(t.last_at), sum(t.weight)"
                + " from person_tie t where t.generation = :g and t.person_id = :p and t.other_id in (:top) and "
                + AudienceQueries.readableSql("t.network_id") + " group by t.other_id, t.kind");
        bind(query, reader).setParameter("g", generation).setParameter("p", person).setParameter("top", top);
        for (Object[] r : rows(query)) {
            var b = found.computeIfAbsent(((Number) r[0]).longValue(), k -> new Builder());
            var kind = InteractionKind.valueOf((String) r[1]);
            b.interactions.put(kind, new Exchange(((Number) r[2]).intValue(), ((Number) r[3]).intValue()));
            b.lastAt = later(b.lastAt, FlowRuns.instant(r[4]));
            b.ties += ((Number) r[5]).doubleValue();
        }
    }

    /** Every network the person shares with the connections shown, in which the viewer may see the members. */
    private void sharedNetworks(long person, List<Long> top, Reader reader, Map<Long, Builder> found) {
        var query = em.createNativeQuery("select m2.person_id, n.id, n.slug, n.name, n.member_count"
                + " from membership m1 join network n on n.id = m1.network_id join membership m2 on m2.network_id = n.id"
                + " where m1.person_id = :p and m1.state = 'ACTIVE' and m2.state = 'ACTIVE' and m2.person_id in (:top)"
                + " and " + AudienceQueries.readableSql("n.id"));
        bind(query, reader).setParameter("p", person).setParameter("top", top);
        for (Object[] r : rows(query)) {
            found.computeIfAbsent(((Number) r[0]).longValue(), k -> new Builder()).share(NetworkRef.of(r, 1));
        }
    }

    /** Ties among the connections shown (in content the viewer may read), for the graph's other edges. */
    private List<Link> links(int generation, List<Long> top, Reader reader, Map<Long, Someone> someone) {
        var query = em.createNativeQuery("select t.person_id, t.other_id, sum(t.weight) from person_tie t"
                + " where t.generation = :g and t.person_id in (:top) and t.other_id in (:top) and t.person_id < t.other_id and "
                + AudienceQueries.readableSql("t.network_id") + " group by t.person_id, t.other_id");
        bind(query, reader).setParameter("g", generation).setParameter("top", top);
        var merged = new LinkedHashMap<String, Double>();
        for (Object[] r : rows(query)) {
            long a = ((Number) r[0]).longValue(), b = ((Number) r[1]).longValue();
            if (someone.containsKey(a) && someone.containsKey(b)) {
                var key = Math.min(a, b) + ":" + Math.max(a, b);
                merged.merge(key, ((Number) r[2]).doubleValue(), Double::sum);
            }
        }
        var links = new ArrayList<Link>();
        merged.forEach((key, w) -> {
            var ends = key.split(":");
            links.add(new Link(someone.get(Long.parseLong(ends[0])).username(), someone.get(Long.parseLong(ends[1])).username(), round(w)));
        });
        return links;
    }

    private static Query bind(Query query, Reader reader) {
        AudienceQueries.bind(query, reader);
        return query;
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query query) {
        return ((List<Object>) query.getResultList()).stream().map(r -> (Object[]) r).toList();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    private static final class Builder {
        final Map<InteractionKind, Exchange> interactions = new EnumMap<>(InteractionKind.class);
        final Map<Long, NetworkRef> shared = new LinkedHashMap<>();
        double ties;
        double sharing;
        Instant lastAt;

        void share(NetworkRef network) {
            if (shared.putIfAbsent(network.id(), network) == null) {
                sharing = Math.max(sharing, PersonGraph.coMembership(network.members()));
            }
        }

        double strength() {
            return ties + sharing;
        }

        Connection build(Someone person) {
            var networks = shared.values().stream().sorted(Comparator.comparingInt(NetworkRef::members)).toList();
            return new Connection(person, round(strength()), java.util.Collections.unmodifiableMap(new EnumMap<>(interactions)), networks, lastAt);
        }
    }
}
