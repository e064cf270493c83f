package org.guildhall.community;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Rebuilds the aggregates health dashboards read from what readers see now: published, undeleted,
 * unhidden, approved posts and comments, and wiki revisions nobody hid. First contributions and
 * tags per network, day and person (or tag), over two years (a year's dashboard compares with the
 * year before); then from those, per network and day, and per network, period and person (or tag),
 * which is what a dashboard reads. Days are UTC days.
 */
@ApplicationScoped
class ActivityRollup {

    static final Duration KEPT = Duration.ofDays(731);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Runs inside the caller's transaction, so dashboards see the old figures or the new ones, never half. */
    void rebuild() {
        var now = clock.instant();
        var since = now.minus(KEPT);
        for (var table : java.util.List.of("network_activity", "network_tag_activity", "network_day", "network_contributor",
                "network_tag_trend", "network_period")) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        em.createNativeQuery("""
                insert into network_activity (network_id, on_day, person_id, posts, comments, edits)
                select network_id, on_day, person_id, sum(posts), sum(comments), sum(edits) from (
                  select p.network_id, cast(p.publish_at as date) as on_day, p.author_id as person_id, 1 as posts, 0 as comments, 0 as edits
                    from post p
                   where p.network_id is not null and p.status = 'PUBLISHED' and p.deleted_at is null and p.hidden_at is null
                     and p.held = false and p.publish_at >= ?1 and p.publish_at <= ?2
                  union all
                  select p.network_id, cast(c.created_at as date), c.author_id, 0, 1, 0
                    from post_comment c join post p on p.id = c.post_id
                   where p.network_id is not null and c.deleted_at is null and c.hidden_at is null and c.held = false
                     and c.created_at >= ?1 and c.created_at <= ?2
                  union all
                  select w.network_id, cast(r.created_at as date), r.author_id, 0, 0, 1
                    from wiki_revision r join wiki_page w on w.id = r.page_id
                   where r.hidden_at is null and r.created_at >= ?1 and r.created_at <= ?2
                ) x group by network_id, on_day, person_id""")
                .setParameter(1, since).setParameter(2, now).executeUpdate();
        em.createNativeQuery("""
                insert into network_tag_activity (network_id, on_day, tag, posts)
                select p.network_id, cast(p.publish_at as date), t.tag, count(*)
                  from post p join post_tag t on t.post_id = p.id
                 where p.network_id is not null and p.status = 'PUBLISHED' and p.deleted_at is null and p.hidden_at is null
                   and p.held = false and p.publish_at >= ?1 and p.publish_at <= ?2
                 group by p.network_id, cast(p.publish_at as date), t.tag""")
                .setParameter(1, since).setParameter(2, now).executeUpdate();
        em.createNativeQuery("""
                insert into network_day (network_id, on_day, posts, comments, edits)
                select network_id, on_day, sum(posts), sum(comments), sum(edits) from network_activity group by network_id, on_day""")
                .executeUpdate();
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int days : NetworkHealth.PERIODS) {
            var from = NetworkHealth.firstDay(today, days);
            var before = from.minusDays(days);
            em.createNativeQuery("""
                    insert into network_contributor (network_id, period_days, person_id, recent, earlier)
                    select network_id, ?1, person_id, sum(case when on_day >= ?2 then posts + comments + edits else 0 end),
                           sum(case when on_day < ?2 then posts + comments + edits else 0 end)
                      from network_activity where on_day >= ?3 group by network_id, person_id""")
                    .setParameter(1, days).setParameter(2, from).setParameter(3, before).executeUpdate();
            em.createNativeQuery("""
                    insert into network_tag_trend (network_id, period_days, tag, recent, earlier)
                    select network_id, ?1, tag, sum(case when on_day >= ?2 then posts else 0 end),
                           sum(case when on_day < ?2 then posts else 0 end)
                      from network_tag_activity where on_day >= ?3 group by network_id, tag""")
                    .setParameter(1, days).setParameter(2, from).setParameter(3, before).executeUpdate();
        }
        em.createNativeQuery("""
                insert into network_period (network_id, period_days, contributors, contributor_departments, contributing_members,
                                            earlier_contributions)
                select c.network_id, c.period_days, count(case when c.recent > 0 then 1 end),
                       count(distinct case when c.recent > 0 then p.department end),
                       count(case when c.recent > 0 and m.id is not null then 1 end), coalesce(sum(c.earlier), 0)
                  from network_contributor c join person p on p.id = c.person_id
                  left join membership m on m.network_id = c.network_id and m.person_id = c.person_id and m.state = 'ACTIVE'
                 group by c.network_id, c.period_days""").executeUpdate();
    }
}
