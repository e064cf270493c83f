package org.guildhall.flow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.AudienceQueries;
import org.guildhall.access.Forbidden;
import org.guildhall.access.ReadableNetworks;
import org.guildhall.access.Reader;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.people.PersonRepository;

/**
 * Department × department interactions over a period, as the viewer may know them. The sums over
 * what every employee could read are stored once per generation; the viewer's figures add the
 * networks they read beyond those and take away the ones that closed since, so a network the
 * viewer cannot read contributes nothing, not even to a total. A department whose interactions
 * cross its boundary less than {@value #ISLAND_SHARE_PERCENT}% of the time is an island.
 */
@ApplicationScoped
public class DepartmentMap {

    static final int ISLAND_SHARE_PERCENT = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Readers readers;

    @Inject
    ReadableNetworks readableNetworks;

    @Inject
    PersonRepository people;

    @Inject
    FlowRuns runs;

    /**
     * What a published generation's sums and lists are for every viewer (they never change once
     * published): read once per period (and network) and node, not once per request. Only the
     * latest generation's entries are kept, and a bounded number.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Object> shared = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile int sharedGeneration;

    @SuppressWarnings("unchecked")
    private <T> T shared(int generation, String key, java.util.function.Supplier<T> load) {
        if (generation != sharedGeneration) {
            shared.clear();
            sharedGeneration = generation;
        }
        if (shared.size() > 8192) {
            shared.clear();
        }
        return (T) shared.computeIfAbsent(key, k -> load.get());
    }

    /** Interactions from one department to another, by kind (co-membership: networks both have members in). */
    public record Cell(String from, String to, Map<InteractionKind, Integer> counts) {
        /** Interactions of every kind but co-membership. */
        public int interactions() {
            return counts.entrySet().stream().filter(e -> e.getKey() != InteractionKind.CO_MEMBERSHIP).mapToInt(Map.Entry::getValue).sum();
        }

        public int of(InteractionKind kind) {
            return counts.getOrDefault(kind, 0);
        }
    }

    /** A department's interactions: within it, across its boundary, and the share that crosses. */
    public record Balance(String department, int within, int crossing) {
        public int percentCrossing() {
            return within + crossing == 0 ? 0 : Math.round(100f * crossing / (within + crossing));
        }

        public boolean island() {
            return percentCrossing() < ISLAND_SHARE_PERCENT;
        }
    }

    public record View(FlowRuns.Status status, Period period, List<String> departments, Map<String, Map<String, Cell>> cells,
                       List<Balance> balances) {
        public Cell cell(String from, String to) {
            return cells.getOrDefault(from, Map.of()).getOrDefault(to, new Cell(from, to, Map.of()));
        }

        /** Every non-empty cell, the largest first, a page at a time: the chart's table equivalent. */
        public org.guildhall.paging.Page<Cell> pairs(int page, int size) {
            var all = cells.values().stream().flatMap(m -> m.values().stream()).filter(c -> c.interactions() > 0)
                    .sorted(Comparator.comparingInt(Cell::interactions).reversed().thenComparing(Cell::from).thenComparing(Cell::to))
                    .toList();
            int from = Math.min(all.size(), (page - 1) * size);
            return new org.guildhall.paging.Page<>(all.subList(from, Math.min(all.size(), from + size)), all.size(), page, size);
        }

        public List<Balance> islands() {
            return balances.stream().filter(Balance::island).sorted(Comparator.comparingInt(Balance::percentCrossing)).toList();
        }
    }

    @Transactional
    public View of(Viewer viewer, Period period) {
        requireEmployee(viewer);
        var status = runs.status();
        var cells = new TreeMap<String, Map<String, Cell>>();
        var departments = new TreeSet<String>();
        if (status.published().isPresent()) {
            int generation = status.published().get().generation();
            departments.addAll(this.<List<String>>shared(generation, "departments", people::departments));
            var counts = new TreeMap<String, EnumMap<InteractionKind, Integer>>();
            var reader = readers.of(viewer);
            var readable = readableNetworks.of(reader);
            Set<Long> opened = shared(generation, "open", () -> openNetworks(generation));
            var closed = new HashSet<>(opened);
            closed.removeAll(readable);
            var beyond = new HashSet<>(readable);
            beyond.removeAll(opened);
            var unread = new HashSet<>(this.<Set<Long>>shared(generation, "networks", () -> networksIn(generation)));
            unread.removeAll(readable);
            // Start from whichever sum needs fewer corrections: what everyone reads, or everything.
            boolean fromAll = reader.isEmployee() && unread.size() < closed.size() + beyond.size();
            var base = fromAll ? "department_flow_all" : "department_flow_open";
            add(counts, this.<List<Object[]>>shared(generation, base + period, () -> sums(base, generation, period)), 1);
            if (fromAll) {
                add(counts, networkRows(generation, unread, period), -1);
            } else {
                add(counts, networkRows(generation, closed, period), -1);
                add(counts, networkRows(generation, beyond, period), 1);
            }
            counts.forEach((key, byKind) -> {
                var ends = key.split("\u0000");
                byKind.values().removeIf(v -> v <= 0);
                if (!byKind.isEmpty()) {
                    cells.computeIfAbsent(ends[0], k -> new TreeMap<>()).put(ends[1], new Cell(ends[0], ends[1], Map.copyOf(byKind)));
                    departments.add(ends[0]);
                    departments.add(ends[1]);
                }
            });
        }
        var list = List.copyOf(departments);
        var balances = list.stream().map(d -> balance(d, cells)).toList();
        return new View(status, period, list, cells, balances);
    }

    private static Balance balance(String department, Map<String, Map<String, Cell>> cells) {
        int within = 0, crossing = 0;
        for (var from : cells.entrySet()) {
            for (var cell : from.getValue().values()) {
                if (cell.from().equals(department) && cell.to().equals(department)) {
                    within += cell.interactions();
                } else if (cell.from().equals(department) || cell.to().equals(department)) {
                    crossing += cell.interactions();
                }
            }
        }
        return new Balance(department, within, crossing);
    }

    private List<Object[]> sums(String table, int generation, Period period) {
        var query = em.createNativeQuery("select from_department, to_department, kind, sum(interactions) from " + table
                + " where generation = :g and (in_month between :from and :to or in_month = -1) group by from_department, to_department, kind");
        return Connections.rows(query.setParameter("g", generation).setParameter("from", period.from()).setParameter("to", period.to()));
    }

    /** The networks with figures in the generation. */
    @SuppressWarnings("unchecked")
    private Set<Long> networksIn(int generation) {
        var ids = new HashSet<Long>();
        ((List<Number>) em.createNativeQuery("select distinct network_id from flow_network_members where generation = :g")
                .setParameter("g", generation).getResultList()).forEach(n -> ids.add(n.longValue()));
        return ids;
    }

    @SuppressWarnings("unchecked")
    Set<Long> openNetworks(int generation) {
        var ids = new HashSet<Long>();
        ((List<Number>) em.createNativeQuery("select network_id from flow_open_network where generation = :g")
                .setParameter("g", generation).getResultList()).forEach(n -> ids.add(n.longValue()));
        return ids;
    }

    /** The rows of these networks for the period, each network's read once per node and period. */
    @SuppressWarnings("unchecked")
    private List<Object[]> networkRows(int generation, Set<Long> networks, Period period) {
        var rows = new ArrayList<Object[]>();
        var missing = new ArrayList<Long>();
        for (long network : networks) {
            List<Object[]> known = (List<Object[]>) shared.get(generation + ":" + network + period);
            if (known != null && generation == sharedGeneration) {
                rows.addAll(known);
            } else {
                missing.add(network);
            }
        }
        for (int i = 0; i < missing.size(); i += 1000) {
            var chunk = missing.subList(i, Math.min(missing.size(), i + 1000));
            var query = em.createNativeQuery("select network_id, from_department, to_department, kind, sum(interactions) from department_flow"
                    + " where generation = :g and network_id in (:ids) and (in_month between :from and :to or in_month = -1)"
                    + " group by network_id, from_department, to_department, kind");
            var byNetwork = new java.util.HashMap<Long, List<Object[]>>();
            chunk.forEach(n -> byNetwork.put(n, new ArrayList<>()));
            for (Object[] r : Connections.rows(query.setParameter("g", generation).setParameter("ids", chunk)
                    .setParameter("from", period.from()).setParameter("to", period.to()))) {
                byNetwork.get(((Number) r[0]).longValue()).add(new Object[] {r[1], r[2], r[3], r[4]});
            }
            byNetwork.forEach((network, list) -> {
                rows.addAll(list);
                if (shared.size() < 4096) {
                    shared(generation, generation + ":" + network + period, () -> list);
                }
            });
        }
        return rows;
    }

    private static void add(Map<String, EnumMap<InteractionKind, Integer>> counts, List<Object[]> rows, int sign) {
        for (Object[] r : rows) {
            counts.computeIfAbsent(r[0] + "\u0000" + r[1], k -> new EnumMap<>(InteractionKind.class))
                    .merge(InteractionKind.valueOf((String) r[2]), sign * ((Number) r[3]).intValue(), Integer::sum);
        }
    }

    // ---- drill-down ------------------------------------------------------------------------

    /** A network carrying the exchange (null: company-wide), with its interactions by kind. */
    public record Carrier(NetworkRef network, Map<InteractionKind, Integer> counts) {
        public int interactions() {
            return counts.entrySet().stream().filter(e -> e.getKey() != InteractionKind.CO_MEMBERSHIP).mapToInt(Map.Entry::getValue).sum();
        }
    }

    /** A piece of content carrying the exchange, with what happened around it by kind. */
    public record Carried(Paths.Subject subject, Map<InteractionKind, Integer> counts, Instant lastAt) {
        public int interactions() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public record Exchange(FlowRuns.Status status, Period period, String from, String to, List<Carrier> networks, List<Carried> content) {
    }

    static final int DRILL_DOWN = 20;

    /** The networks and content that carry one department's interactions with another. */
    @Transactional
    public Exchange exchange(Viewer viewer, String from, String to, Period period) {
        requireEmployee(viewer);
        var status = runs.status();
        if (status.published().isEmpty()) {
            return new Exchange(status, period, from, to, List.of(), List.of());
        }
        int generation = status.published().get().generation();
        var reader = readers.of(viewer);
        var networks = carriers(generation, from, to, period, reader);
        var content = carried(generation, from, to, period, reader, networks);
        return new Exchange(status, period, from, to, networks, content);
    }

    private List<Carrier> carriers(int generation, String from, String to, Period period, Reader reader) {
        var query = em.createNativeQuery("select f.network_id, n.slug, n.name, n.member_count, f.kind, sum(f.interactions)"
                + " from department_flow f left join network n on n.id = f.network_id"
                + " where f.generation = :g and f.from_department = :a and f.to_department = :b"
                + " and (f.in_month between :from and :to or f.in_month = -1) and " + AudienceQueries.readableSql("f.network_id")
                + " group by f.network_id, n.slug, n.name, n.member_count, f.kind");
        AudienceQueries.bind(query, reader);
        query.setParameter("g", generation).setParameter("a", from).setParameter("b", to)
                .setParameter("from", period.from()).setParameter("to", period.to());
        var byNetwork = new java.util.LinkedHashMap<Long, Carrier>();
        for (Object[] r : Connections.rows(query)) {
            long id = r[0] == null ? 0 : ((Number) r[0]).longValue();
            var carrier = byNetwork.computeIfAbsent(id, k -> new Carrier(r[0] == null ? null : NetworkRef.of(r, 0),
                    new EnumMap<>(InteractionKind.class)));
            carrier.counts().merge(InteractionKind.valueOf((String) r[4]), ((Number) r[5]).intValue(), Integer::sum);
        }
        return byNetwork.values().stream()
                .sorted(Comparator.comparingInt(Carrier::interactions).reversed()
                        .thenComparing(c -> -c.counts().getOrDefault(InteractionKind.CO_MEMBERSHIP, 0)))
                .limit(DRILL_DOWN).toList();
    }

    private List<Carried> carried(int generation, String from, String to, Period period, Reader reader, List<Carrier> networks) {
        var ids = networks.stream().filter(c -> c.network() != null && c.interactions() > 0).map(c -> c.network().id()).toList();
        boolean companyWide = networks.stream().anyMatch(c -> c.network() == null);
        if (ids.isEmpty() && !companyWide) {
            return List.of();
        }
        var where = new ArrayList<String>();
        if (!ids.isEmpty()) {
            where.add("t.network_id in (:ids)");
        }
        if (companyWide) {
            where.add("t.network_id is null");
        }
        var query = em.createNativeQuery("select t.kind, t.subject_type, t.subject_id, sum(t.interactions), max(t.last_at)"
                + " from tie t join person s on s.id = t.source_id join person r on r.id = t.target_id"
                + " where t.generation = :g and (" + String.join(" or ", where) + ") and t.in_month between :from and :to"
                + " and s.department = :a and r.department = :b and " + AudienceQueries.readableSql("t.network_id")
                + " group by t.kind, t.subject_type, t.subject_id order by sum(t.interactions) desc, max(t.last_at) desc");
        AudienceQueries.bind(query, reader);
        query.setParameter("g", generation).setParameter("a", from).setParameter("b", to)
                .setParameter("from", period.from()).setParameter("to", period.to()).setMaxResults(DRILL_DOWN * 2);
        if (!ids.isEmpty()) {
            query.setParameter("ids", ids);
        }
        var rows = Connections.rows(query);
        var subjects = new Subjects(em);
        rows.forEach(r -> subjects.want((String) r[1], ((Number) r[2]).longValue()));
        subjects.load();
        var bySubject = new java.util.LinkedHashMap<String, Carried>();
        for (Object[] r : rows) {
            var subject = subjects.of((String) r[1], ((Number) r[2]).longValue());
            if (subject == null || (bySubject.size() == DRILL_DOWN && !bySubject.containsKey(r[1] + ":" + r[2]))) {
                continue;
            }
            var carried = bySubject.computeIfAbsent(r[1] + ":" + r[2], k -> new Carried(subject, new EnumMap<>(InteractionKind.class), null));
            carried.counts().merge(InteractionKind.valueOf((String) r[0]), ((Number) r[3]).intValue(), Integer::sum);
            var last = FlowRuns.instant(r[4]);
            if (carried.lastAt() == null || (last != null && last.isAfter(carried.lastAt()))) {
                bySubject.put(r[1] + ":" + r[2], new Carried(subject, carried.counts(), last));
            }
        }
        return bySubject.values().stream().sorted(Comparator.comparingInt(Carried::interactions).reversed()).toList();
    }

    static void requireEmployee(Viewer viewer) {
        if (!viewer.roles().contains(Viewer.EMPLOYEE) && !viewer.isAdmin()) {
            throw new Forbidden("Knowledge flow is open to employees");
        }
    }
}
