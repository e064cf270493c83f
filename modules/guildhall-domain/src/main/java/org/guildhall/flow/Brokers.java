package org.guildhall.flow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.AudienceQueries;
import org.guildhall.access.Forbidden;
import org.guildhall.access.Grants;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.paging.Page;
import org.guildhall.people.PersonNotFound;
import org.guildhall.people.PersonRepository;

/**
 * For HR and admins: brokers (people whose interactions spread across departments, by their
 * participation coefficient, measured on what every employee could read), rising contributors and
 * trending topics of the last 30 days against the 30 before. Only people who consented to talent
 * discovery are listed, and brokers only if they did not ask to be left off. If a network that was
 * open when the brokers were computed has closed since, the list is withheld until recomputed.
 */
@ApplicationScoped
public class Brokers {

    static final int PERIOD_DAYS = 30;
    public static final int LISTED = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Readers readers;

    @Inject
    FlowRuns runs;

    @Inject
    PersonRepository people;

    @Inject
    AccessPolicy access;

    @Inject
    Clock clock;

    /** A broker: the participation coefficient (0 to 1), departments reached, interactions, and the departments by strength. */
    public record Broker(Someone person, double participation, int departments, int interactions, List<String> reached) {
    }

    public record Listing(FlowRuns.Status status, boolean withheld, Page<Broker> brokers) {
    }

    /** Contributions (posts, comments, wiki edits) in the last 30 days and the 30 before. */
    public record Rising(Someone person, int recent, int earlier) {
        public int growth() {
            return recent - earlier;
        }
    }

    public record Topic(String tag, int recent, int earlier) {
        public int growth() {
            return recent - earlier;
        }
    }

    /** What HR's page shows, in one transaction. */
    public record Overview(Listing brokers, List<Rising> rising, List<Topic> topics) {
    }

    @Transactional
    public Overview overview(Viewer viewer, int page, int size) {
        return new Overview(brokers(viewer, page, size), rising(viewer), topics(viewer));
    }

    @Transactional
    public Listing brokers(Viewer viewer, int page, int size) {
        requireHr(viewer);
        var status = runs.status();
        if (status.published().isEmpty()) {
            return new Listing(status, false, Page.empty(page, size));
        }
        int generation = status.published().get().generation();
        if (openedClosedSince(generation)) {
            return new Listing(status, true, Page.empty(page, size));
        }
        var from = " from broker b join person p on p.id = b.person_id where b.generation = :g"
                + " and p.talent_discovery = true and p.broker_listed = true and p.left_at is null";
        var items = em.createNativeQuery("select p.id, p.username, p.display_name, p.department, p.title, b.score, b.departments, b.interactions"
                        + from + " order by b.score * ln(1 + b.interactions) desc, p.id")
                .setParameter("g", generation).setFirstResult((page - 1) * size).setMaxResults(size);
        var total = ((Number) em.createNativeQuery("select count(*)" + from).setParameter("g", generation).getSingleResult()).longValue();
        var rows = Connections.rows(items);
        var reached = reached(generation, rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
        var brokers = rows.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            return new Broker(new Someone(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4]),
                    Connections.round(((Number) r[5]).doubleValue()), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                    reached.getOrDefault(id, List.of()));
        }).toList();
        return new Listing(status, false, new Page<>(brokers, total, page, size));
    }

    @Transactional
    public List<Rising> rising(Viewer viewer) {
        requireHr(viewer);
        var query = em.createNativeQuery("select p.id, p.username, p.display_name, p.department, p.title, sum(c.recent), sum(c.earlier)"
                + " from network_contributor c join person p on p.id = c.person_id"
                + " where c.period_days = :days and p.talent_discovery = true and p.left_at is null and "
                + AudienceQueries.readableSql("c.network_id")
                + " group by p.id, p.username, p.display_name, p.department, p.title having sum(c.recent) >= 3"
                + " order by sum(c.recent) - sum(c.earlier) desc, sum(c.recent) desc, p.id");
        AudienceQueries.bind(query, readers.of(viewer));
        query.setParameter("days", PERIOD_DAYS).setMaxResults(LISTED);
        return Connections.rows(query).stream().map(r -> new Rising(new Someone(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4]), ((Number) r[5]).intValue(), ((Number) r[6]).intValue())).toList();
    }

    @Transactional
    public List<Topic> topics(Viewer viewer) {
        requireHr(viewer);
        var query = em.createNativeQuery("select t.tag, sum(t.recent), sum(t.earlier) from network_tag_trend t"
                + " where t.period_days = :days and " + AudienceQueries.readableSql("t.network_id")
                + " group by t.tag having sum(t.recent) >= 2 order by sum(t.recent) - sum(t.earlier) desc, sum(t.recent) desc, t.tag");
        AudienceQueries.bind(query, readers.of(viewer));
        query.setParameter("days", PERIOD_DAYS).setMaxResults(LISTED);
        return Connections.rows(query).stream()
                .map(r -> new Topic((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue())).toList();
    }

    private boolean openedClosedSince(int generation) {
        return ((Number) em.createNativeQuery("select count(*) from flow_open_network o where o.generation = :g and not exists"
                        + " (select 1 from network_read_by r where r.network_id = o.network_id and r.grant_key = :everyone)")
                .setParameter("g", generation).setParameter("everyone", Grants.EVERYONE).getSingleResult()).longValue() > 0;
    }

    private Map<Long, List<String>> reached(int generation, List<Long> ids) {
        var reached = new HashMap<Long, List<String>>();
        if (ids.isEmpty()) {
            return reached;
        }
        var query = em.createNativeQuery("select person_id, department from person_department where generation = :g and person_id in (:ids)"
                + " order by strength desc, department").setParameter("g", generation).setParameter("ids", ids);
        for (Object[] r : Connections.rows(query)) {
            reached.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
        }
        return reached;
    }

    /** A person's choice to be listed among brokers (the default) or not: theirs, or an administrator's correction. */
    @Transactional
    public boolean list(Viewer viewer, String username, boolean listed) {
        var person = people.find(username).orElseThrow(() -> new PersonNotFound(username));
        access.requireCanEdit(viewer, person);
        person.listAsBroker(listed, clock.instant());
        return listed;
    }

    static void requireHr(Viewer viewer) {
        if (!viewer.isHr() && !viewer.isAdmin()) {
            throw new Forbidden("Brokers, rising contributors and trending topics are for HR and administrators");
        }
    }
}
