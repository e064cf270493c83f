package org.guildhall.outbox;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The transactional outbox. Services {@link #append} in their own transaction, so a change and
 * the news of it commit or roll back together; the search module drains due entries after
 * commit and retries failures with backoff. Entries are only ever removed once delivered.
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

    @Transactional
    public List<OutboxEntry> due(int limit) {
        return em.createQuery("select e from OutboxEntry e where e.nextAttemptAt <= :now order by e.id",
                        OutboxEntry.class)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional
    public void delivered(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.createQuery("delete from OutboxEntry e where e.id in :ids").setParameter("ids", ids).executeUpdate();
        }
    }

    @Transactional
    public void failed(Collection<Long> ids, String error) {
        if (ids.isEmpty()) {
            return;
        }
        var now = clock.instant();
        em.createQuery("select e from OutboxEntry e where e.id in :ids", OutboxEntry.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(entry -> entry.failed(error, now));
    }

    @Transactional
    public long pending() {
        return em.createQuery("select count(e) from OutboxEntry e", Long.class).getSingleResult();
    }
}
