package org.guildhall.flow;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.AudienceQueries;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.network.NetworkNotFound;
import org.guildhall.paging.Page;

/**
 * Networks that reach beyond their home department (the department most of their members are
 * in): ranked by the interactions of the last twelve months that involve someone from elsewhere,
 * and month by month. Only networks whose content and members the viewer may read are listed.
 */
@ApplicationScoped
public class NetworkReach {

    @PersistenceContext
    EntityManager em;

    @Inject
    Readers readers;

    @Inject
    FlowRuns runs;

    public record Reach(NetworkRef network, String home, int members, int outsideMembers, int departments, int interactions,
                        int outsideInteractions) {
        public int percentOutside() {
            return interactions == 0 ? 0 : Math.round(100f * outsideInteractions / interactions);
        }

        public int percentMembersOutside() {
            return members == 0 ? 0 : Math.round(100f * outsideMembers / members);
        }
    }

    public record Ranking(FlowRuns.Status status, Page<Reach> networks) {
    }

    public record Month(YearMonth month, int interactions, int outsideInteractions) {
    }

    public record Trend(FlowRuns.Status status, Reach reach, List<Month> months) {
    }

    private static final String SELECT = "select n.id, n.slug, n.name, n.member_count, r.home_department, r.members, r.outside_members,"
            + " r.departments, r.interactions, r.outside_interactions from network_reach_total r join network n on n.id = r.network_id";

    @Transactional
    public Ranking ranked(Viewer viewer, int page, int size) {
        DepartmentMap.requireEmployee(viewer);
        var status = runs.status();
        if (status.published().isEmpty()) {
            return new Ranking(status, Page.empty(page, size));
        }
        int generation = status.published().get().generation();
        var reader = readers.of(viewer);
        var where = " where r.generation = :g and r.outside_interactions + r.outside_members > 0 and " + AudienceQueries.readableSql("r.network_id");
        var items = em.createNativeQuery(SELECT + where
                + " order by r.outside_interactions desc, r.departments desc, r.outside_members desc, n.name");
        var count = em.createNativeQuery("select count(*) from network_reach_total r" + where);
        for (var q : List.of(items, count)) {
            AudienceQueries.bind(q, reader);
            q.setParameter("g", generation);
        }
        items.setFirstResult((page - 1) * size).setMaxResults(size);
        var list = Connections.rows(items).stream().map(NetworkReach::reach).toList();
        return new Ranking(status, new Page<>(list, ((Number) count.getSingleResult()).longValue(), page, size));
    }

    /** One network's reach month by month over two years (404 when the viewer may not read it). */
    @Transactional
    public Trend of(Viewer viewer, String slug) {
        DepartmentMap.requireEmployee(viewer);
        var status = runs.status();
        var reader = readers.of(viewer);
        var query = em.createNativeQuery(SELECT + " where r.generation = :g and n.slug = :slug and " + AudienceQueries.readableSql("r.network_id"));
        AudienceQueries.bind(query, reader);
        query.setParameter("g", status.published().map(FlowRuns.Published::generation).orElse(-1)).setParameter("slug", slug);
        var found = Connections.rows(query);
        if (found.isEmpty()) {
            throw new NetworkNotFound(slug);
        }
        var reach = reach(found.get(0));
        var byMonth = new HashMap<Integer, Month>();
        var rows = em.createNativeQuery("select in_month, interactions, outside_interactions from network_reach where generation = :g and network_id = :n")
                .setParameter("g", status.published().get().generation()).setParameter("n", reach.network().id());
        for (Object[] r : Connections.rows(rows)) {
            int month = ((Number) r[0]).intValue();
            byMonth.put(month, new Month(Months.month(month), ((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        int last = Months.of(status.published().get().asOf());
        var months = new ArrayList<Month>();
        for (int m = last - 23; m <= last; m++) {
            months.add(byMonth.getOrDefault(m, new Month(Months.month(m), 0, 0)));
        }
        return new Trend(status, reach, months);
    }

    private static Reach reach(Object[] r) {
        return new Reach(NetworkRef.of(r, 0), (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), ((Number) r[9]).intValue());
    }
}
