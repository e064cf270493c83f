package org.guildhall.notification;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.people.Person;

/**
 * The mail waiting in notification rows. A sender claims one recipient's due notifications at a
 * time, with row locks that skip rows another node holds, for a lease: they become one mail.
 * What it then reports (sent, failed, not to be sent) releases the claim; a node that dies lets
 * the lease run out and another sends.
 */
@ApplicationScoped
public class MailQueue {

    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration STALE = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Inbox inbox;

    @Inject
    Preferences preferences;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "guildhall.mail.gap-seconds", defaultValue = "60")
    long gapSeconds;

    /** One recipient's claimed notifications, as they may see them now, and their current choices. */
    public record Batch(Person recipient, List<Inbox.Shown> shown, List<Long> ids, Map<NotificationKind, Delivery> choices) {
        public boolean isDigest() {
            return shown.stream().anyMatch(s -> s.notification().delivery() != Delivery.INSTANT);
        }
    }

    /**
     * Recipients with mail due now, oldest first, leaving out those mailed in the last
     * {@code GUILDHALL_MAIL_GAP_SECONDS}: what comes meanwhile waits and goes in one mail. A mail
     * stamped in the future (a node whose clock runs ahead) holds nobody back.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> dueRecipients(int limit) {
        var now = inbox.now();
        return ((List<Number>) em.createNativeQuery("select n.recipient_id from notification n where n.mail_due_at <= ?"
                        + " and (n.claimed_until is null or n.claimed_until < ?) and not exists (select 1 from notification m"
                        + " where m.recipient_id = n.recipient_id and m.mailed_at > ? and m.mailed_at <= ?)"
                        + " group by n.recipient_id order by min(n.mail_due_at) limit " + limit)
                .setParameter(1, now).setParameter(2, now).setParameter(3, now.minusSeconds(gapSeconds)).setParameter(4, now)
                .getResultList()).stream().map(Number::longValue).toList();
    }

    /**
     * Claims what is due for one recipient (nothing when another node holds it) and leaves out,
     * for good, what they may no longer see or no longer want mailed.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Batch claim(long recipientId) {
        var now = inbox.now();
        List<Number> ids = em.createNativeQuery("select id from notification where recipient_id = ? and mail_due_at <= ?"
                        + " and (claimed_until is null or claimed_until < ?) order by id limit 500 for update skip locked")
                .setParameter(1, recipientId).setParameter(2, now).setParameter(3, now).getResultList();
        var recipient = em.find(Person.class, recipientId);
        if (ids.isEmpty()) {
            return new Batch(recipient, List.of(), List.of(), Map.of());
        }
        var claimed = em.createQuery("select n from Notification n left join fetch n.actor left join fetch n.network where n.id in :ids"
                        + " order by n.createdAt, n.id", Notification.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
        var choices = preferences.of(recipient);
        // Instant mail a day late (mail was off, or the server kept failing) is news no more.
        var stale = now.minus(STALE);
        var wanted = claimed.stream().filter(n -> choices.get(n.kind()) != Delivery.OFF && !recipient.hasLeft())
                .filter(n -> n.delivery() != Delivery.INSTANT || n.createdAt().isAfter(stale)).toList();
        var shown = inbox.shown(wanted, inbox.readerOf(recipient));
        var shownIds = shown.stream().map(s -> s.notification().id()).toList();
        claimed.stream().filter(n -> !shownIds.contains(n.id())).forEach(Notification::unmailed);
        claimed.stream().filter(n -> shownIds.contains(n.id())).forEach(n -> n.claim(now.plus(LEASE)));
        return new Batch(recipient, shown, shownIds, choices);
    }

    @Transactional
    public void sent(Collection<Long> ids) {
        var now = inbox.now();
        each(ids).forEach(n -> n.mailed(now));
    }

    @Transactional
    public void failed(Collection<Long> ids, String error) {
        var now = inbox.now();
        each(ids).forEach(n -> n.mailFailed(error, now));
    }

    /** Notifications waiting for mail and those given up on, for the operations page. */
    @Transactional
    public long waiting() {
        return em.createQuery("select count(n) from Notification n where n.mailDueAt is not null and n.mailDueAt <= :now", Long.class)
                .setParameter("now", inbox.now()).getSingleResult();
    }

    private List<Notification> each(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select n from Notification n where n.id in :ids", Notification.class)
                .setParameter("ids", ids).getResultList();
    }
}
