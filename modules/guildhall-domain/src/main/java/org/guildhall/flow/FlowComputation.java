package org.guildhall.flow;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.Grants;
import org.guildhall.persistence.Statistics;

/**
 * Derives one generation of the knowledge-flow tables from what readers see now: published,
 * undeleted, unhidden, approved content. Each stage is one transaction that first removes what an
 * interrupted attempt at the same stage left, so a run resumed on another node repeats the stage
 * instead of counting it twice. Interactions older than {@link #KEPT_MONTHS} months are left out.
 */
@ApplicationScoped
public class FlowComputation {

    static final int KEPT_MONTHS = 36;

    /** A stage: its name (shown as progress) and its work for a generation as of an instant. */
    public record Stage(String name, BiConsumer<FlowComputation, Run> work) {
    }

    /** The generation being computed and the instant its figures describe. */
    public record Run(int generation, Instant asOf) {
        int month() {
            return Months.of(asOf);
        }

        Instant since() {
            return asOf.minus(KEPT_MONTHS * 31L, ChronoUnit.DAYS);
        }
    }

    public static final List<Stage> STAGES = List.of(
            new Stage("comments", FlowComputation::comments),
            new Stage("answers", FlowComputation::answers),
            new Stage("thanks and votes", FlowComputation::thanks),
            new Stage("wiki co-editing", FlowComputation::coEdits),
            new Stage("endorsements", FlowComputation::endorsements),
            new Stage("connections", FlowComputation::connections),
            new Stage("departments", FlowComputation::departments),
            new Stage("networks' reach", FlowComputation::reach),
            new Stage("brokers", FlowComputation::brokers));

    private static final String LIVE_POST = "p.status = 'PUBLISHED' and p.deleted_at is null and p.hidden_at is null and p.held = false";
    private static final String LIVE_COMMENT = "c.deleted_at is null and c.hidden_at is null and c.held = false";
    private static final String INSERT_TIE =
            "insert into tie (generation, source_id, target_id, kind, network_id, subject_type, subject_id, in_month, interactions, last_at) ";

    @PersistenceContext
    EntityManager em;

    @Inject
    Statistics statistics;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(Stage stage, Run run) {
        stage.work().accept(this, run);
    }

    /** Commenters and the authors of the post (or of the comment they replied to, or of the answer) they commented on. */
    void comments(Run run) {
        clearTies(run, InteractionKind.COMMENT);
        var month = Months.sql("c.created_at");
        ties(run, "select :g, c.author_id, p.author_id, 'COMMENT', p.network_id, 'POST', p.id, " + month + ", count(*), max(c.created_at)"
                + " from post_comment c join post p on p.id = c.post_id"
                + " where " + LIVE_POST + " and " + LIVE_COMMENT + " and c.author_id <> p.author_id"
                + " and c.created_at >= :since and c.created_at <= :asOf"
                + " group by c.author_id, p.author_id, p.network_id, p.id, " + month);
        ties(run, "select :g, c.author_id, r.author_id, 'COMMENT', p.network_id, 'POST', p.id, " + month + ", count(*), max(c.created_at)"
                + " from post_comment c join post_comment r on r.id = c.parent_id join post p on p.id = c.post_id"
                + " where " + LIVE_POST + " and " + LIVE_COMMENT + " and r.deleted_at is null and r.hidden_at is null"
                + " and c.author_id <> r.author_id and r.author_id <> p.author_id"
                + " and c.created_at >= :since and c.created_at <= :asOf"
                + " group by c.author_id, r.author_id, p.network_id, p.id, " + month);
        ties(run, "select :g, c.author_id, a.author_id, 'COMMENT', q.network_id, 'QUESTION', q.id, " + month + ", count(*), max(c.created_at)"
                + " from answer_comment c join answer a on a.id = c.answer_id join question q on q.id = a.question_id"
                + " where q.deleted_at is null and a.deleted_at is null and c.author_id <> a.author_id"
                + " and c.created_at >= :since and c.created_at <= :asOf"
                + " group by c.author_id, a.author_id, q.network_id, q.id, " + month);
    }

    /** Answerers and the askers of the questions they answered. */
    void answers(Run run) {
        clearTies(run, InteractionKind.ANSWER);
        var month = Months.sql("a.created_at");
        ties(run, "select :g, a.author_id, q.asker_id, 'ANSWER', q.network_id, 'QUESTION', q.id, " + month + ", count(*), max(a.created_at)"
                + " from answer a join question q on q.id = a.question_id"
                + " where q.deleted_at is null and a.deleted_at is null and a.author_id <> q.asker_id"
                + " and a.created_at >= :since and a.created_at <= :asOf"
                + " group by a.author_id, q.asker_id, q.network_id, q.id, " + month);
    }

    /** Thanks for posts and comments, and up-votes on answers, from the one who gave them to the author. */
    void thanks(Run run) {
        clearTies(run, InteractionKind.THANKS);
        var month = Months.sql("t.created_at");
        ties(run, "select :g, t.person_id, p.author_id, 'THANKS', p.network_id, 'POST', p.id, " + month + ", count(*), max(t.created_at)"
                + " from thanks t join post p on p.id = t.post_id"
                + " where " + LIVE_POST + " and t.person_id <> p.author_id and t.created_at >= :since and t.created_at <= :asOf"
                + " group by t.person_id, p.author_id, p.network_id, p.id, " + month);
        ties(run, "select :g, t.person_id, c.author_id, 'THANKS', p.network_id, 'POST', p.id, " + month + ", count(*), max(t.created_at)"
                + " from thanks t join post_comment c on c.id = t.comment_id join post p on p.id = c.post_id"
                + " where " + LIVE_POST + " and " + LIVE_COMMENT + " and t.person_id <> c.author_id"
                + " and t.created_at >= :since and t.created_at <= :asOf"
                + " group by t.person_id, c.author_id, p.network_id, p.id, " + month);
        var voted = Months.sql("v.voted_at");
        ties(run, "select :g, v.person_id, a.author_id, 'THANKS', q.network_id, 'QUESTION', q.id, " + voted + ", count(*), max(v.voted_at)"
                + " from answer_vote v join answer a on a.id = v.answer_id join question q on q.id = a.question_id"
                + " where v.vote > 0 and q.deleted_at is null and a.deleted_at is null and v.person_id <> a.author_id"
                + " and v.voted_at >= :since and v.voted_at <= :asOf"
                + " group by v.person_id, a.author_id, q.network_id, q.id, " + voted);
    }

    /** Everyone who edited a wiki page, towards everyone else who did; counted in one's own edits, dated by the last. */
    void coEdits(Run run) {
        clearTies(run, InteractionKind.CO_EDIT);
        ties(run, "select :g, e.author_id, o.author_id, 'CO_EDIT', w.network_id, 'PAGE', w.id, " + Months.sql("e.last_at") + ", e.edits, e.last_at"
                + " from (select page_id, author_id, count(*) as edits, max(created_at) as last_at from wiki_revision"
                + "        where hidden_at is null and created_at >= :since and created_at <= :asOf group by page_id, author_id) e"
                + " join (select distinct page_id, author_id from wiki_revision where hidden_at is null and created_at <= :asOf) o"
                + "   on o.page_id = e.page_id and o.author_id <> e.author_id"
                + " join wiki_page w on w.id = e.page_id");
    }

    /** Endorsers and the people whose skill they endorsed (company-wide: endorsements show on profiles). */
    void endorsements(Run run) {
        clearTies(run, InteractionKind.ENDORSEMENT);
        var month = Months.sql("e.endorsed_at");
        ties(run, "select :g, e.endorser_id, d.person_id, 'ENDORSEMENT', null, 'SKILL', d.skill_id, " + month + ", count(*), max(e.endorsed_at)"
                + " from endorsement e join declared_skill d on d.id = e.declared_skill_id"
                + " where e.endorser_id <> d.person_id and e.endorsed_at >= :since and e.endorsed_at <= :asOf"
                + " group by e.endorser_id, d.person_id, d.skill_id, " + month);
    }

    /** Each person's ties from their side, summed per other person, kind and network, weighted as of the run. */
    void connections(Run run) {
        clear("person_tie", run);
        statistics.refreshWithin("tie");
        var weight = "t.interactions * " + InteractionKind.weightSql("t.kind") + " * " + Months.decaySql("t.in_month");
        em.createNativeQuery("insert into person_tie (generation, person_id, other_id, kind, network_id, given, received, last_at, weight)"
                        + " select :g, x.person_id, x.other_id, x.kind, x.network_id, sum(x.given), sum(x.received), max(x.last_at), sum(x.w) from ("
                        + "   select t.source_id as person_id, t.target_id as other_id, t.kind as kind, t.network_id as network_id,"
                        + "          t.interactions as given, 0 as received, t.last_at as last_at, " + weight + " as w"
                        + "     from tie t where t.generation = :g"
                        + "   union all"
                        + "   select t.target_id, t.source_id, t.kind, t.network_id, 0, t.interactions, t.last_at, " + weight
                        + "     from tie t where t.generation = :g"
                        + " ) x group by x.person_id, x.other_id, x.kind, x.network_id order by x.person_id")
                .setParameter("g", run.generation()).setParameter("now", run.month()).executeUpdate();
    }

    /** Ties summed by the departments at both ends, co-membership per network, and the part every employee could read. */
    void departments(Run run) {
        for (var table : List.of("flow_network_members", "department_flow", "department_flow_open", "department_flow_all", "flow_open_network")) {
            clear(table, run);
        }
        // Each statement below reads what the one before wrote: plan it for what is there now.
        statistics.refreshWithin("tie");
        update(run, """
                insert into flow_network_members (generation, network_id, department, members)
                select :g, m.network_id, p.department, count(*) from membership m join person p on p.id = m.person_id
                 where m.state = 'ACTIVE' and p.department is not null and p.left_at is null
                 group by m.network_id, p.department""");
        statistics.refreshWithin("flow_network_members");
        update(run, """
                insert into department_flow (generation, network_id, from_department, to_department, kind, in_month, interactions)
                select :g, t.network_id, s.department, r.department, t.kind, t.in_month, sum(t.interactions)
                  from tie t join person s on s.id = t.source_id join person r on r.id = t.target_id
                 where t.generation = :g and s.department is not null and r.department is not null
                 group by t.network_id, s.department, r.department, t.kind, t.in_month""");
        update(run, """
                insert into department_flow (generation, network_id, from_department, to_department, kind, in_month, interactions)
                select :g, a.network_id, a.department, b.department, 'CO_MEMBERSHIP', -1, 1
                  from flow_network_members a join flow_network_members b
                    on b.generation = a.generation and b.network_id = a.network_id and b.department <> a.department
                 where a.generation = :g""");
        statistics.refreshWithin("department_flow");
        em.createNativeQuery("""
                        insert into flow_open_network (generation, network_id)
                        select :g, r.network_id from network_read_by r where r.grant_key = :everyone""")
                .setParameter("g", run.generation()).setParameter("everyone", Grants.EVERYONE).executeUpdate();
        statistics.refreshWithin("flow_open_network");
        update(run, """
                insert into department_flow_open (generation, from_department, to_department, kind, in_month, interactions)
                select :g, f.from_department, f.to_department, f.kind, f.in_month, sum(f.interactions) from department_flow f
                 where f.generation = :g
                   and (f.network_id is null or f.network_id in (select o.network_id from flow_open_network o where o.generation = :g))
                 group by f.from_department, f.to_department, f.kind, f.in_month""");
        update(run, """
                insert into department_flow_all (generation, from_department, to_department, kind, in_month, interactions)
                select :g, f.from_department, f.to_department, f.kind, f.in_month, sum(f.interactions) from department_flow f
                 where f.generation = :g group by f.from_department, f.to_department, f.kind, f.in_month""");
        statistics.refreshWithin("department_flow_open", "department_flow_all");
    }

    /** Each network's home department (most members), and its interactions beyond it per month and over twelve months. */
    void reach(Run run) {
        clear("network_reach", run);
        clear("network_reach_total", run);
        update(run, """
                insert into network_reach_total (generation, network_id, home_department, members, outside_members, departments,
                                                 interactions, outside_interactions)
                select :g, d.network_id, h.home, sum(d.members), sum(d.members) - max(case when d.department = h.home then d.members else 0 end),
                       count(*), 0, 0
                  from flow_network_members d
                  join (select x.network_id, min(x.department) as home from flow_network_members x
                         where x.generation = :g and x.members = (select max(y.members) from flow_network_members y
                                                                    where y.generation = :g and y.network_id = x.network_id)
                         group by x.network_id) h on h.network_id = d.network_id
                 where d.generation = :g
                 group by d.network_id, h.home""");
        statistics.refreshWithin("network_reach_total");
        em.createNativeQuery("""
                        insert into network_reach (generation, network_id, in_month, interactions, outside_interactions)
                        select :g, f.network_id, f.in_month, sum(f.interactions),
                               sum(case when f.from_department <> h.home_department or f.to_department <> h.home_department
                                        then f.interactions else 0 end)
                          from department_flow f join network_reach_total h on h.generation = :g and h.network_id = f.network_id
                         where f.generation = :g and f.kind <> 'CO_MEMBERSHIP' and f.in_month > :now - 24
                         group by f.network_id, f.in_month""")
                .setParameter("g", run.generation()).setParameter("now", run.month()).executeUpdate();
        em.createNativeQuery("""
                        update network_reach_total t
                           set interactions = coalesce((select sum(r.interactions) from network_reach r
                                                         where r.generation = :g and r.network_id = t.network_id and r.in_month > :now - 12), 0),
                               outside_interactions = coalesce((select sum(r.outside_interactions) from network_reach r
                                                         where r.generation = :g and r.network_id = t.network_id and r.in_month > :now - 12), 0)
                         where t.generation = :g""")
                .setParameter("g", run.generation()).setParameter("now", run.month()).executeUpdate();
    }

    /**
     * Each person's interactions with each department over twelve months, in what every employee
     * could read, and from those the participation coefficient (Guimerà and Amaral, 2005):
     * 1 − Σ (share of one's interactions with department d)², high for people whose interactions
     * spread over many departments. Only people with at least 5 interactions with 3 departments count.
     */
    void brokers(Run run) {
        clear("person_department", run);
        clear("broker", run);
        var open = "t.generation = :g and t.in_month > :now - 12"
                + " and (t.network_id is null or t.network_id in (select o.network_id from flow_open_network o where o.generation = :g))";
        em.createNativeQuery("insert into person_department (generation, person_id, department, strength)"
                        + " select :g, x.person_id, x.department, sum(x.n) from ("
                        + "   select t.source_id as person_id, r.department as department, t.interactions as n"
                        + "     from tie t join person r on r.id = t.target_id where " + open + " and r.department is not null"
                        + "   union all"
                        + "   select t.target_id, s.department, t.interactions"
                        + "     from tie t join person s on s.id = t.source_id where " + open + " and s.department is not null"
                        + " ) x group by x.person_id, x.department")
                .setParameter("g", run.generation()).setParameter("now", run.month()).executeUpdate();
        statistics.refreshWithin("person_department");
        update(run, """
                insert into broker (generation, person_id, score, departments, interactions)
                select :g, d.person_id, 1 - sum((1.0 * d.strength / t.total) * (1.0 * d.strength / t.total)), count(*), max(t.total)
                  from person_department d
                  join (select person_id, sum(strength) as total from person_department where generation = :g group by person_id) t
                    on t.person_id = d.person_id
                 where d.generation = :g
                 group by d.person_id
                having count(*) >= 3 and max(t.total) >= 5""");
    }

    /** Removes every generation but the one just published (and any newer one being computed). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void dropBefore(int generation) {
        for (var table : List.of("tie", "person_tie", "flow_network_members", "department_flow", "department_flow_open", "department_flow_all", "flow_open_network",
                "network_reach", "network_reach_total", "person_department", "broker")) {
            em.createNativeQuery("delete from " + table + " where generation < :g").setParameter("g", generation).executeUpdate();
        }
    }

    private void ties(Run run, String select) {
        em.createNativeQuery(INSERT_TIE + select)
                .setParameter("g", run.generation()).setParameter("since", run.since()).setParameter("asOf", run.asOf())
                .executeUpdate();
    }

    private void clearTies(Run run, InteractionKind kind) {
        em.createNativeQuery("delete from tie where generation = :g and kind = :kind")
                .setParameter("g", run.generation()).setParameter("kind", kind.name()).executeUpdate();
    }

    private void clear(String table, Run run) {
        em.createNativeQuery("delete from " + table + " where generation = :g").setParameter("g", run.generation()).executeUpdate();
    }

    private void update(Run run, String sql) {
        em.createNativeQuery(sql).setParameter("g", run.generation()).executeUpdate();
    }
}
