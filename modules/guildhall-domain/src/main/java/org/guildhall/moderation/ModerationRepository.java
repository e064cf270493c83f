package org.guildhall.moderation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.guildhall.network.Network;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;

/** Cases, reports, sanctions, pre-moderation rules and the audit log. */
@ApplicationScoped
public class ModerationRepository {

    /** Queue filters; null is "any". {@code assignee} is a username, or {@link #UNASSIGNED}. */
    public record QueueFilter(Boolean open, Origin origin, ContentKind kind, String assignee) {
        public static final String UNASSIGNED = "-";
    }

    /** Audit filters; null is "any". */
    public record AuditFilter(AuditAction action, String actor) {
    }

    @PersistenceContext
    EntityManager em;

    void store(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }

    Optional<ModerationCase> openCase(String key) {
        return em.createQuery("select c from ModerationCase c where c.openKey = :key", ModerationCase.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    Optional<ModerationCase> moderationCase(long id) {
        return em.createQuery("select c from ModerationCase c join fetch c.author left join fetch c.network"
                + " left join fetch c.assignee left join fetch c.decidedBy where c.id = :id", ModerationCase.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    boolean reported(Person reporter, ContentKind kind, long targetId) {
        return !em.createQuery("select r.id from Report r where r.reporter = :p and r.kind = :k and r.targetId = :t", Long.class)
                .setParameter("p", reporter).setParameter("k", kind).setParameter("t", targetId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** One network's queue, or every queue (and the personal blogs') when {@code network} is null. Open cases oldest first. */
    Page<ModerationCase> queue(Network network, QueueFilter f, int page, int size) {
        var where = new StringBuilder(network == null ? "1 = 1" : "c.network = :network");
        if (f.open() != null) {
            where.append(f.open() ? " and c.decidedAt is null" : " and c.decidedAt is not null");
        }
        if (f.origin() != null) {
            where.append(" and c.origin = :origin");
        }
        if (f.kind() != null) {
            where.append(" and c.kind = :kind");
        }
        if (f.assignee() != null) {
            where.append(QueueFilter.UNASSIGNED.equals(f.assignee()) ? " and c.assignee is null" : " and c.assignee.username = :assignee");
        }
        var order = Boolean.TRUE.equals(f.open()) ? " order by c.openedAt, c.id" : " order by coalesce(c.decidedAt, c.openedAt) desc, c.id desc";
        var items = em.createQuery("select c from ModerationCase c join fetch c.author left join fetch c.network"
                + " left join fetch c.assignee left join fetch c.decidedBy where " + where + order, ModerationCase.class);
        var count = em.createQuery("select count(c) from ModerationCase c where " + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (network != null) {
                q.setParameter("network", network);
            }
            if (f.origin() != null) {
                q.setParameter("origin", f.origin());
            }
            if (f.kind() != null) {
                q.setParameter("kind", f.kind());
            }
            if (f.assignee() != null && !QueueFilter.UNASSIGNED.equals(f.assignee())) {
                q.setParameter("assignee", f.assignee());
            }
        }
        return new Page<>(items.setFirstResult((page - 1) * size).setMaxResults(size).getResultList(),
                count.getSingleResult(), page, size);
    }

    long openCount(Network network) {
        return em.createQuery("select count(c) from ModerationCase c where c.network = :n and c.decidedAt is null", Long.class)
                .setParameter("n", network).getSingleResult();
    }

    List<Person> reportersOf(long caseId) {
        return em.createQuery("select r.reporter from Report r where r.moderationCase.id = :c", Person.class)
                .setParameter("c", caseId).getResultList();
    }

    List<Report> reportsOf(ModerationCase c) {
        return em.createQuery("select r from Report r join fetch r.reporter where r.moderationCase = :c order by r.createdAt", Report.class)
                .setParameter("c", c).getResultList();
    }

    /** Earlier decided cases about the same author in the same place, newest first. */
    List<ModerationCase> earlierCases(ModerationCase c, int limit) {
        var query = em.createQuery("select c2 from ModerationCase c2 join fetch c2.decidedBy where c2.author = :author and c2.id <> :id"
                + " and c2.decidedAt is not null and " + (c.network() == null ? "c2.network is null" : "c2.network = :network")
                + " order by c2.decidedAt desc", ModerationCase.class)
                .setParameter("author", c.author()).setParameter("id", c.id());
        if (c.network() != null) {
            query.setParameter("network", c.network());
        }
        return query.setMaxResults(limit).getResultList();
    }

    Page<Report> reportsBy(Person reporter, int page, int size) {
        var items = em.createQuery("select r from Report r join fetch r.moderationCase c left join fetch c.network"
                + " left join fetch c.decidedBy where r.reporter = :p order by r.createdAt desc, r.id desc", Report.class)
                .setParameter("p", reporter).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(r) from Report r where r.reporter = :p", Long.class).setParameter("p", reporter)
                .getSingleResult();
        return new Page<>(items, total, page, size);
    }

    // ---- sanctions --------------------------------------------------------------------------

    /** Sanctions on this person in force now, in this network or company-wide (company-wide only when {@code network} is null). */
    List<Sanction> inForce(Person person, Network network, Instant now) {
        var query = em.createQuery("select s from Sanction s left join fetch s.network where s.person = :p and s.liftedAt is null"
                + " and s.endsAt > :now and (s.network is null" + (network == null ? "" : " or s.network = :n") + ")"
                + " order by s.endsAt desc", Sanction.class).setParameter("p", person).setParameter("now", now);
        if (network != null) {
            query.setParameter("n", network);
        }
        return query.getResultList();
    }

    List<Sanction> inForceAnywhere(Person person, Instant now) {
        return em.createQuery("select s from Sanction s left join fetch s.network where s.person = :p and s.liftedAt is null"
                + " and s.endsAt > :now order by s.endsAt desc", Sanction.class)
                .setParameter("p", person).setParameter("now", now).getResultList();
    }

    /** A network's sanctions (company-wide ones when null): those in force first, then the latest ended. */
    List<Sanction> sanctions(Network network, int limit) {
        var query = em.createQuery("select s from Sanction s join fetch s.person join fetch s.imposedBy left join fetch s.liftedBy"
                + " where " + (network == null ? "s.network is null" : "s.network = :n") + " order by s.startsAt desc", Sanction.class);
        if (network != null) {
            query.setParameter("n", network);
        }
        return query.setMaxResults(limit).getResultList();
    }

    Optional<Sanction> sanction(long id) {
        return em.createQuery("select s from Sanction s join fetch s.person left join fetch s.network where s.id = :id", Sanction.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    // ---- pre-moderation ---------------------------------------------------------------------

    Optional<PreModeration> preModeration(Network network, ContentKind kind) {
        return em.createQuery("select p from PreModeration p where p.networkId = :n and p.kind = :k", PreModeration.class)
                .setParameter("n", network.id()).setParameter("k", kind).getResultStream().findFirst();
    }

    // ---- audit ------------------------------------------------------------------------------

    /** One network's log, or everything when {@code network} is null; newest first. */
    Page<AuditEntry> audit(Network network, AuditFilter f, int page, int size) {
        var where = new StringBuilder(network == null ? "1 = 1" : "a.network = :network");
        if (f.action() != null) {
            where.append(" and a.action = :action");
        }
        if (f.actor() != null) {
            where.append(" and a.actor.username = :actor");
        }
        var items = em.createQuery("select a from AuditEntry a join fetch a.actor left join fetch a.subject left join fetch a.network"
                + " where " + where + " order by a.at desc, a.id desc", AuditEntry.class);
        var count = em.createQuery("select count(a) from AuditEntry a where " + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            if (network != null) {
                q.setParameter("network", network);
            }
            if (f.action() != null) {
                q.setParameter("action", f.action());
            }
            if (f.actor() != null) {
                q.setParameter("actor", f.actor());
            }
        }
        return new Page<>(items.setFirstResult((page - 1) * size).setMaxResults(size).getResultList(), count.getSingleResult(), page, size);
    }

    /** What was decided about this person's content and conduct, newest first. */
    Page<AuditEntry> noticesFor(Person person, int page, int size) {
        var told = EnumSet.noneOf(AuditAction.class);
        for (var a : AuditAction.values()) {
            if (a.toldToSubject()) {
                told.add(a);
            }
        }
        var items = em.createQuery("select a from AuditEntry a left join fetch a.network where a.subject = :p and a.action in :told"
                        + " order by a.at desc, a.id desc", AuditEntry.class)
                .setParameter("p", person).setParameter("told", told).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(a) from AuditEntry a where a.subject = :p and a.action in :told", Long.class)
                .setParameter("p", person).setParameter("told", told).getSingleResult();
        return new Page<>(items, total, page, size);
    }
}
