package org.guildhall.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.AudienceQueries;
import org.guildhall.access.NotFound;
import org.guildhall.access.Reader;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.blog.PostRepository;
import org.guildhall.network.NetworkRepository;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;
import org.guildhall.people.Profiles;
import org.guildhall.wiki.WikiRepository;

/**
 * A person's notifications as they may see them now: the page, the unread count in the header,
 * marking read. Notifications about content are shown only while the reader may read it.
 */
@ApplicationScoped
public class Inbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    org.guildhall.question.QuestionRepository questions;

    @Inject
    Profiles profiles;

    @Inject
    Readers readers;

    @Inject
    PostRepository posts;

    @Inject
    WikiRepository wikis;

    @Inject
    NetworkRepository networks;

    @Inject
    PersonRepository people;

    @Inject
    Clock clock;

    /** A notification with what it is about (a post, comment, wiki page, network or person; null for a notice). */
    public record Shown(Notification notification, Object subject) {
    }

    @Transactional
    public Page<Shown> list(Viewer viewer, boolean unreadOnly, int page, int size) {
        var me = profiles.find(viewer.username());
        var unread = unreadOnly ? " and n.readAt is null" : "";
        var items = em.createQuery("select n from Notification n left join fetch n.actor left join fetch n.network"
                        + " where n.recipient = :me and n.createdAt <= :now" + unread + " order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("me", me).setParameter("now", clock.instant())
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(n) from Notification n where n.recipient = :me and n.createdAt <= :now" + unread,
                Long.class).setParameter("me", me).setParameter("now", clock.instant()).getSingleResult();
        return new Page<>(shown(items, readers.of(viewer)), total, page, size);
    }

    /** Unread notifications in networks whose content the viewer may read (or about no network). */
    @Transactional
    public long unread(Viewer viewer) {
        var query = em.createQuery("select count(n) from Notification n left join n.network nn where n.recipient.username = :me"
                + " and n.readAt is null and n.createdAt <= :now and (nn is null or " + AudienceQueries.readable("nn") + ")", Long.class)
                .setParameter("me", viewer.username()).setParameter("now", clock.instant());
        AudienceQueries.bind(query, readers.of(viewer));
        return query.getSingleResult();
    }

    /** Marks one of the viewer's notifications read; another person's answers 404. Reading twice is reading once. */
    @Transactional
    public Notification markRead(Viewer viewer, long id) {
        var notification = em.find(Notification.class, id);
        if (notification == null || !notification.recipient().username().equals(viewer.username())) {
            throw new NotFound("No notification " + id);
        }
        notification.read(clock.instant());
        return notification;
    }

    @Transactional
    public int markAllRead(Viewer viewer) {
        var me = profiles.find(viewer.username());
        return em.createQuery("update Notification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", clock.instant()).setParameter("me", me).executeUpdate();
    }

    /**
     * These notifications of one person, each with its subject, leaving out those they may not
     * see now. A decision about one's own membership stays (a proposal rejected, a removal from a
     * hidden network), without its network when they may no longer see it.
     */
    public List<Shown> shown(List<Notification> items, Reader reader) {
        var now = clock.instant();
        var subjects = new HashMap<SubjectType, Map<Long, ?>>();
        subjects.put(SubjectType.POST, byId(posts.readable(ids(items, SubjectType.POST), reader, now), p -> p.id()));
        subjects.put(SubjectType.COMMENT, byId(posts.readableComments(ids(items, SubjectType.COMMENT), reader, now), c -> c.id()));
        subjects.put(SubjectType.WIKI_PAGE, byId(wikis.readable(ids(items, SubjectType.WIKI_PAGE), reader), p -> p.id()));
        subjects.put(SubjectType.NETWORK, byId(networks.seenAmong(ids(items, SubjectType.NETWORK), reader), n -> n.id()));
        subjects.put(SubjectType.PERSON, byId(people.findAll(ids(items, SubjectType.PERSON)), Person::id));
        subjects.put(SubjectType.QUESTION, byId(questions.readable(ids(items, SubjectType.QUESTION), reader), q -> q.id()));
        subjects.put(SubjectType.ANSWER, byId(questions.readableAnswers(ids(items, SubjectType.ANSWER), reader), a -> a.id()));
        return items.stream()
                .filter(n -> n.subjectType() == null || n.kind() == NotificationKind.MEMBERSHIP
                        || subjects.get(n.subjectType()).containsKey(n.subjectId()))
                .map(n -> new Shown(n, n.subjectType() == null ? null : subjects.get(n.subjectType()).get(n.subjectId())))
                .toList();
    }

    /** The reader a person has when a notification is shown to them without a request (in a mail, a feed). */
    public Reader readerOf(Person person) {
        return readers.of(new Viewer(person.username(), Set.of(Viewer.EMPLOYEE)));
    }

    Instant now() {
        return clock.instant();
    }

    private static Set<Long> ids(Collection<Notification> items, SubjectType type) {
        return items.stream().filter(n -> n.subjectType() == type).map(Notification::subjectId).collect(Collectors.toSet());
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
