package org.guildhall.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        var before = from.minus(WINDOW);
        var current = new HashMap<Long, int[]>();
        var authors = new HashMap<Long, Set<Long>>();
        for (var query : List.of(
                "select p.network.id, p.author.id, p.publishAt from Post p where p.network is not null"
                        + " and p.status = org.guildhall.blog.PostStatus.PUBLISHED and p.deletedAt is null and p.hiddenAt is null"
                        + " and p.held = false and p.publishAt >= :before and p.publishAt <= :now",
                "select c.post.network.id, c.author.id, c.createdAt from Comment c where c.post.network is not null"
                        + " and c.deletedAt is null and c.hiddenAt is null and c.held = false and c.createdAt >= :before and c.createdAt <= :now",
                "select r.page.network.id, r.author.id, r.createdAt from WikiRevision r where r.hiddenAt is null"
                        + " and r.createdAt >= :before and r.createdAt <= :now")) {
            for (var r : em.createQuery(query, Object[].class).setParameter("before", before).setParameter("now", now).getResultList()) {
                var network = (Long) r[0];
                var counts = current.computeIfAbsent(network, k -> new int[2]);
                if (((Instant) r[2]).isBefore(from)) {
                    counts[1]++;
                } else {
                    counts[0]++;
                    authors.computeIfAbsent(network, k -> new HashSet<>()).add((Long) r[1]);
                }
            }
        }
        var moves = new HashMap<Long, int[]>();
        em.createQuery("select e.network.id, e.action, count(e) from MembershipEvent e where e.occurredAt >= :from group by e.network.id, e.action",
                Object[].class).setParameter("from", from).getResultList().forEach(r -> {
            var action = r[1].toString();
            int i = action.equals("JOINED") || action.equals("REQUEST_APPROVED") || action.equals("INVITATION_ACCEPTED") ? 0
                    : action.equals("LEFT") || action.equals("REMOVED") ? 1 : -1;
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
            var c = current.getOrDefault(network.id(), new int[2]);
            var m = moves.getOrDefault(network.id(), new int[2]);
            em.persist(new HealthSnapshot(network, network.memberCount(), m[0], m[1], authors.getOrDefault(network.id(), Set.of()).size(),
                    c[0], c[1], departments.getOrDefault(network.id(), 0), now));
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
