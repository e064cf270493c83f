package org.guildhall.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.NotFound;
import org.guildhall.paging.Page;

/**
 * The transactional outbox. Services {@link #append} in their own transaction, so a change and
 * the news of it commit or roll back together. Any number of nodes deliver entries: each
 * {@link #claim claims} a batch with row locks that skip rows another node holds, for a lease;
 * a node that dies releases its claim when the lease runs out. Entries leave the outbox only
 * once delivered, or by an admin discarding a dead one.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxAppended> appended;

    /** Must be called inside the transaction that made the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String aggregateType, long aggregateId) {
        em.persist(new OutboxEntry(aggregateType, aggregateId, clock.instant()));
        appended.fire(new OutboxAppended(aggregateType));
    }

    /**
     * Claims up to {@code limit} due entries for {@code node} until the lease ends, oldest first.
     * Rows locked by another node's claim are skipped, not waited for.
     */
    @Transactional
    public List<OutboxEntry> claim(String node, int limit, Duration lease) {
        var now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select id from outbox
                        where dead_at is null and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)
                        order by id limit ? for update skip locked""")
                .setParameter(1, now).setParameter(2, now).setParameter(3, limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var claimed = ids.stream().map(Number::longValue).toList();
        em.createQuery("update OutboxEntry e set e.claimedBy = :node, e.claimedUntil = :until where e.id in :ids")
                .setParameter("node", node).setParameter("until", now.plus(lease)).setParameter("ids", claimed)
                .executeUpdate();
        return em.createQuery("select e from OutboxEntry e where e.id in :ids order by e.id", OutboxEntry.class)
                .setParameter("ids", claimed).getResultList();
    }

    /**
     * A version for search documents about to be built from the database: taken before their
     * state is read, so of two deliveries of the same document the later-read one is never older.
     */
    @Transactional
    public long nextDocumentVersion() {
        return ((Number) em.createNativeQuery("select nextval('document_version_seq')").getSingleResult()).longValue();
    }

    @Transactional
    public void delivered(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("delete from OutboxEntry e where e.id in :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    /** Delivery failed: try again later with backoff, or set the entry aside after too many tries. */
    @Transactional
    public void failed(Collection<Long> ids, String error) {
        if (ids.isEmpty()) {
            return;
        }
        var now = clock.instant();
        em.createQuery("select e from OutboxEntry e where e.id in :ids", OutboxEntry.class)
                .setParameter("ids", ids).getResultList()
                .forEach(entry -> entry.failed(error, now));
    }

    /** Delivery can never succeed as things are: set the entries aside at once, with the error. */
    @Transactional
    public void dead(Collection<Long> ids, String error) {
        if (ids.isEmpty()) {
            return;
        }
        var now = clock.instant();
        em.createQuery("select e from OutboxEntry e where e.id in :ids", OutboxEntry.class)
                .setParameter("ids", ids).getResultList()
                .forEach(entry -> entry.dead(error, now));
    }

    /** Gives the claim back without counting a failure (nothing could be tried: search is unavailable). */
    @Transactional
    public void release(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("update OutboxEntry e set e.claimedBy = null, e.claimedUntil = null where e.id in :ids")
                    .setParameter("ids", ids).executeUpdate();
        }
    }

    /** Entries waiting to be delivered (not dead). */
    @Transactional
    public long pending() {
        return em.createQuery("select count(e) from OutboxEntry e where e.deadAt is null", Long.class).getSingleResult();
    }

    /**
     * How far search lags behind the database: the age of the oldest change still waiting (zero
     * when none waits). A growing lag means delivery is stuck or too slow for the writes.
     */
    @Transactional
    public Duration lag() {
        var oldest = em.createQuery("select min(e.createdAt) from OutboxEntry e where e.deadAt is null", Instant.class)
                .getSingleResult();
        return oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant()).abs();
    }

    /** Entries set aside after failing too often. */
    @Transactional
    public long deadCount() {
        return em.createQuery("select count(e) from OutboxEntry e where e.deadAt is not null", Long.class).getSingleResult();
    }

    @Transactional
    public Page<OutboxEntry> dead(int page, int size) {
        var items = em.createQuery("select e from OutboxEntry e where e.deadAt is not null order by e.deadAt desc, e.id desc",
                        OutboxEntry.class)
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page<>(items, deadCount(), page, size);
    }

    /** An admin puts a dead entry back in the queue. */
    @Transactional
    public void retry(long id) {
        deadEntry(id).retry(clock.instant());
    }

    /** An admin drops a dead entry (the next rebuild of the index covers its aggregate anyway). */
    @Transactional
    public void discard(long id) {
        em.remove(deadEntry(id));
    }

    private OutboxEntry deadEntry(long id) {
        var entry = em.find(OutboxEntry.class, id);
        if (entry == null || !entry.isDead()) {
            throw new NotFound("No failed search update " + id);
        }
        return entry;
    }
}
