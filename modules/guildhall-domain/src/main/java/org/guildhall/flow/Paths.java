package org.guildhall.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.AudienceQueries;
import org.guildhall.access.ReadableNetworks;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.people.PersonNotFound;
import org.guildhall.people.PersonRepository;

/**
 * "How am I connected to X?": the shortest chains of people between the viewer and someone else,
 * at most {@value #MAX_LINKS} links long (as professional networks count third-degree contacts),
 * each link with the interactions behind it, so the viewer knows whom to ask for an introduction.
 * Only ties and networks the viewer may read make links, and only they are given as reasons.
 */
@ApplicationScoped
public class Paths {

    public static final int MAX_LINKS = 4;
    static final int CHAINS = 3;
    static final int REASONS_PER_LINK = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonRepository people;

    @Inject
    AccessPolicy access;

    @Inject
    Readers readers;

    @Inject
    ReadableNetworks readableNetworks;

    @Inject
    FlowRuns runs;

    @Inject
    FlowGraph graph;

    /** What content a reason points at. */
    public record Subject(String type, String title, String url) {
    }

    /** One interaction (or shared network) behind a link, from the actor's side. */
    public record Reason(InteractionKind kind, Someone actor, Someone other, int count, Instant lastAt, Subject subject, NetworkRef network) {

        /** The reason in words, addressed to the viewer ("You both belong to ...", "Omar answered Bob’s question “...”"). */
        public String text(String viewer) {
            var a = actor.username().equals(viewer) ? "You" : actor.name();
            var b = other.username().equals(viewer) ? "you" : other.name();
            var bs = other.username().equals(viewer) ? "your" : other.name() + "’s";
            var title = subject == null ? "" : "“" + subject.title() + "”";
            var sentence = switch (kind) {
                case CO_MEMBERSHIP -> (a.equals("You") || b.equals("you") ? "You and " + (a.equals("You") ? other.name() : actor.name())
                        : actor.name() + " and " + other.name()) + " both belong to " + network.name();
                case ANSWER -> a + " answered " + bs + " question " + title;
                case COMMENT -> "QUESTION".equals(subject.type()) ? a + " commented on " + bs + " answer to " + title
                        : a + " commented on " + bs + " post " + title;
                case THANKS -> "QUESTION".equals(subject.type()) ? a + " up-voted " + bs + " answer to " + title
                        : a + " thanked " + b + " for " + title;
                case ENDORSEMENT -> a + " endorsed " + b + " for " + subject.title();
                case CO_EDIT -> a + " and " + b + " both edited " + title;
            };
            return count > 1 && kind != InteractionKind.CO_MEMBERSHIP ? sentence + " (" + count + " times)" : sentence;
        }
    }

    public record Link(Someone from, Someone to, List<Reason> reasons) {
    }

    public record Chain(List<Link> links) {
        public int intermediaries() {
            return links.size() - 1;
        }
    }

    public record Result(Someone from, Someone to, FlowRuns.Status status, List<Chain> chains) {
    }

    @Transactional
    public Result between(Viewer viewer, String username) {
        var me = people.find(viewer.username()).orElseThrow(() -> new PersonNotFound(viewer.username()));
        var them = people.find(username).orElseThrow(() -> new PersonNotFound(username));
        access.requireCanSee(viewer, them);
        var status = runs.status();
        var current = graph.current();
        if (current.isEmpty() || me.id().equals(them.id())) {
            return new Result(Someone.of(me), Someone.of(them), status, List.of());
        }
        var reader = readers.of(viewer);
        var readable = current.get().readable(readableNetworks.of(reader), reader.isEmployee());
        var found = current.get().chains(me.id(), them.id(), readable, MAX_LINKS, CHAINS);
        if (found.isEmpty()) {
            return new Result(Someone.of(me), Someone.of(them), status, List.of());
        }
        var ids = new LinkedHashSet<Long>();
        found.forEach(c -> ids.addAll(c.people()));
        var someone = new HashMap<Long, Someone>();
        people.findAll(ids).forEach(p -> someone.put(p.id(), Someone.of(p)));
        var reasons = reasons(status.published().get().generation(), ids, someone, reader);
        var chains = found.stream().map(c -> {
            var links = new ArrayList<Link>();
            for (int i = 0; i + 1 < c.people().size(); i++) {
                long a = c.people().get(i), b = c.people().get(i + 1);
                links.add(new Link(someone.get(a), someone.get(b), reasons.getOrDefault(pair(a, b), List.of())));
            }
            return new Chain(List.copyOf(links));
        }).toList();
        return new Result(Someone.of(me), Someone.of(them), status, chains);
    }

    /** The reasons between every two people of the chains: ties first (the latest first), then the smallest shared networks. */
    private Map<String, List<Reason>> reasons(int generation, Set<Long> ids, Map<Long, Someone> someone, org.guildhall.access.Reader reader) {
        var ties = em.createNativeQuery("select t.source_id, t.target_id, t.kind, t.subject_type, t.subject_id, t.network_id,"
                + " sum(t.interactions), max(t.last_at) from tie t"
                + " where t.generation = :g and t.source_id in (:ids) and t.target_id in (:ids) and "
                + AudienceQueries.readableSql("t.network_id")
                + " group by t.source_id, t.target_id, t.kind, t.subject_type, t.subject_id, t.network_id");
        AudienceQueries.bind(ties, reader);
        ties.setParameter("g", generation).setParameter("ids", ids);
        var rows = Connections.rows(ties);
        var subjects = new Subjects(em);
        rows.forEach(r -> subjects.want((String) r[3], ((Number) r[4]).longValue()));
        subjects.load();
        var byPair = new HashMap<String, List<Reason>>();
        for (Object[] r : rows) {
            long a = ((Number) r[0]).longValue(), b = ((Number) r[1]).longValue();
            var subject = subjects.of((String) r[3], ((Number) r[4]).longValue());
            if (subject == null) {
                continue;
            }
            byPair.computeIfAbsent(pair(a, b), k -> new ArrayList<>()).add(new Reason(InteractionKind.valueOf((String) r[2]),
                    someone.get(a), someone.get(b), ((Number) r[6]).intValue(), FlowRuns.instant(r[7]), subject, null));
        }
        byPair.values().forEach(list -> list.sort(Comparator.comparing(Reason::lastAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingInt(x -> -x.kind().weight())));
        var memberships = em.createNativeQuery("select m.person_id, n.id, n.slug, n.name, n.member_count"
                + " from membership m join network n on n.id = m.network_id"
                + " where m.person_id in (:ids) and m.state = 'ACTIVE' and " + AudienceQueries.readableSql("n.id"));
        AudienceQueries.bind(memberships, reader);
        memberships.setParameter("ids", ids);
        var networksOf = new HashMap<Long, Map<Long, NetworkRef>>();
        for (Object[] r : Connections.rows(memberships)) {
            networksOf.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>()).put(((Number) r[1]).longValue(), NetworkRef.of(r, 1));
        }
        var result = new HashMap<String, List<Reason>>();
        var list = new ArrayList<>(ids);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                long a = list.get(i), b = list.get(j);
                var reasons = new ArrayList<>(byPair.getOrDefault(pair(a, b), List.of()));
                var mine = networksOf.getOrDefault(a, Map.of());
                var shared = new HashSet<>(mine.keySet());
                shared.retainAll(networksOf.getOrDefault(b, Map.of()).keySet());
                shared.stream().map(mine::get).sorted(Comparator.comparingInt(NetworkRef::members)).forEach(n ->
                        reasons.add(new Reason(InteractionKind.CO_MEMBERSHIP, someone.get(a), someone.get(b), 1, null, null, n)));
                result.put(pair(a, b), List.copyOf(reasons.subList(0, Math.min(REASONS_PER_LINK, reasons.size()))));
            }
        }
        return result;
    }

    private static String pair(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }
}
