package org.guildhall.notification;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.guildhall.access.Viewer;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;

/**
 * How each kind of notification reaches a person by mail: instantly, in a daily or weekly
 * digest, or not at all. A kind nobody chose for follows its default. Digests go out at
 * {@code GUILDHALL_DIGEST_HOUR} (UTC) every day, and on Mondays for the weekly one.
 */
@ApplicationScoped
public class Preferences {

    @PersistenceContext
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    java.time.Clock clock;

    @Inject
    @ConfigProperty(name = "guildhall.digest.hour", defaultValue = "7")
    int digestHour;

    @Transactional
    public Map<NotificationKind, Delivery> of(Viewer viewer) {
        return of(profiles.find(viewer.username()));
    }

    /** Every kind with the person's choice or its default. */
    public Map<NotificationKind, Delivery> of(Person person) {
        var chosen = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            chosen.put(kind, kind.byDefault());
        }
        em.createNativeQuery("select kind, delivery from notification_preference where person_id = ?", Object[].class)
                .setParameter(1, person.id()).getResultList()
                .forEach(row -> {
                    var r = (Object[]) row;
                    chosen.put(NotificationKind.valueOf((String) r[0]), Delivery.valueOf((String) r[1]));
                });
        return chosen;
    }

    @Transactional
    public Map<NotificationKind, Delivery> choose(Viewer viewer, Map<NotificationKind, Delivery> choices) {
        var me = profiles.find(viewer.username());
        choices.forEach((kind, delivery) -> choose(me, kind, delivery));
        return of(me);
    }

    /** Sets one kind's mail for a person (as an unsubscribe link does, without their signing in). */
    @Transactional
    public void choose(Person person, NotificationKind kind, Delivery delivery) {
        em.createNativeQuery("delete from notification_preference where person_id = ? and kind = ?")
                .setParameter(1, person.id()).setParameter(2, kind.name()).executeUpdate();
        if (delivery != kind.byDefault()) {
            // Two saves at once (a double click) both insert: the second changes nothing instead of failing.
            em.createNativeQuery("insert into notification_preference (person_id, kind, delivery) values (?, ?, ?) on conflict do nothing")
                    .setParameter(1, person.id()).setParameter(2, kind.name()).setParameter(3, delivery.name()).executeUpdate();
        }
        // What waits to be mailed follows the new choice: sooner, later or never.
        em.createNativeQuery("update notification set delivery = ?, mail_due_at = ? where recipient_id = ? and kind = ?"
                        + " and mailed_at is null and mail_due_at is not null")
                .setParameter(1, delivery.name()).setParameter(2, due(delivery, clock.instant()))
                .setParameter(3, person.id()).setParameter(4, kind.name()).executeUpdate();
    }

    /** When a notification made at {@code at} with this delivery is to be mailed (null: never). */
    Instant due(Delivery delivery, Instant at) {
        var sendAt = at.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).withHour(digestHour);
        return switch (delivery) {
            case INSTANT -> at;
            case OFF -> null;
            case DAILY -> (sendAt.toInstant().isAfter(at) ? sendAt : sendAt.plusDays(1)).toInstant();
            case WEEKLY -> {
                var monday = sendAt.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                yield (monday.toInstant().isAfter(at) ? monday : monday.plusWeeks(1)).toInstant();
            }
        };
    }
}
