package org.guildhall.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.Forbidden;
import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.network.Network;
import org.guildhall.paging.Page;

/**
 * Every network's health for admins, read from {@link HealthSnapshot}s so that the page costs the
 * same with five networks or five thousand; {@link #recompute} rebuilds them in a few grouped
 * queries (run hourly by {@link HealthSnapshots}, or at once by an admin).
 */
@ApplicationScoped
public class CompanyHealth {

    static final Duration WINDOW = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ActivityRollup rollup;

    public record Overview(Page<HealthSnapshot> networks, Map<HealthSnapshot.Trend, Long> trends, Optional<Instant> computedAt) {
    }

    @Transactional
    public Overview overview(Viewer viewer, String trend, int page, int size) {
        requireAdmin(viewer);
        HealthSnapshot.Trend only = null;
        if (trend != null && !trend.isBlank()) {
            only = java.util.Arrays.stream(HealthSnapshot.Trend.values()).filter(t -> t.code().equals(trend.strip())).findFirst()
                    .orElseThrow(() -> new InvalidField("trend", "Trend is growing, healthy or dying."));
        }
        var where = only == null ? "" : " where h.trend = :trend";
        var items = em.createQuery("select h from HealthSnapshot h join fetch h.network" + where
                + " order by h.contributions desc, h.networkId", HealthSnapshot.class);
        var count = em.createQuery("select count(h) from HealthSnapshot h" + where, Long.class);
        if (only != null) {
            items.setParameter("trend", only);
            count.setParameter("trend", only);
        }
        var trends = new java.util.EnumMap<HealthSnapshot.Trend, Long>(HealthSnapshot.Trend.class);
        em.createQuery("select h.trend, count(h) from HealthSnapshot h group by h.trend", Object[].class).getResultList()
                .forEach(r -> trends.put((HealthSnapshot.Trend) r[0], (Long) r[1]));
        var computed = em.createQuery("select max(h.computedAt) from HealthSnapshot h", Instant.class).getSingleResult();
        return new Overview(new Page<>(items.setFirstResult((page - 1) * size).setMaxResults(size).getResultList(),
                count.getSingleResult(), page, size), trends, Optional.ofNullable(computed));
    }

    /** Admins ask for fresh figures now. */
    @Transactional
    public int recompute(Viewer viewer) {
        requireAdmin(viewer);
        return recompute();
    }

    /**
     * Rebuilds the per-day aggregates dashboards read, then every network's snapshot from the last
     * 30 days and the 30 before; answers how many networks.
     */
    @Transactional
    public int recompute() {
        rollup.rebuild();
        var now = clock.instant();
        var from = now.minus(WINDOW);
        // The rollup has just counted every network's last 30 days and the 30 before: read its sums.
        var current = new HashMap<Long, int[]>();
        List<?> sums = em.createNativeQuery("select network_id, count(case when recent > 0 then 1 end), sum(recent), sum(earlier)"
                + " from network_contributor where period_days = ? group by network_id").setParameter(1, (int) WINDOW.toDays())
                .getResultList();
        sums.stream().map(Object[].class::cast).forEach(r -> current.put(((Number) r[0]).longValue(),
                new int[] {HealthFigures.number(r[1]), HealthFigures.number(r[2]), HealthFigures.number(r[3])}));
        var moves = new HashMap<Long, int[]>();
        em.createQuery("select e.network.id, e.action, count(e) from MembershipEvent e where e.occurredAt >= :from group by e.network.id, e.action",
                Object[].class).setParameter("from", from).getResultList().forEach(r -> {
            var action = (org.guildhall.network.MembershipAction) r[1];
            int i = NetworkHealth.JOINS.contains(action) ? 0 : NetworkHealth.LEAVES.contains(action) ? 1 : -1;
            if (i >= 0) {
                moves.computeIfAbsent((Long) r[0], k -> new int[2])[i] += ((Long) r[2]).intValue();
            }
        });
        var departments = new HashMap<Long, Integer>();
        em.createQuery("select m.network.id, count(distinct m.person.department) from Membership m"
                        + " where m.state = org.guildhall.network.MembershipState.ACTIVE group by m.network.id", Object[].class)
                .getResultList().forEach(r -> departments.put((Long) r[0], ((Long) r[1]).intValue()));
        em.createQuery("delete from HealthSnapshot").executeUpdate();
        var networks = em.createQuery("select n from Network n where n.status = org.guildhall.network.NetworkStatus.ACTIVE", Network.class)
                .getResultList();
        int i = 0;
        for (var network : networks) {
            var c = current.getOrDefault(network.id(), new int[3]);
            var m = moves.getOrDefault(network.id(), new int[2]);
            em.persist(new HealthSnapshot(network, network.memberCount(), m[0], m[1], c[0], c[1], c[2],
                    departments.getOrDefault(network.id(), 0), now));
            if (++i % 500 == 0) {
                em.flush();
            }
        }
        return networks.size();
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only administrators see the health of every network");
        }
    }
}
