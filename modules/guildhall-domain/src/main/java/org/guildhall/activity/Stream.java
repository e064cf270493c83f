package org.guildhall.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Reader;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.blog.PostRepository;
import org.guildhall.network.NetworkRepository;
import org.guildhall.people.PersonRepository;
import org.guildhall.people.Profiles;
import org.guildhall.wiki.WikiRepository;

/**
 * A person's activity stream: what the networks, people, tags and wiki pages they follow did,
 * members joining the networks they own and endorsements they received; newest first, never
 * their own doing. Each source is one indexed branch of a union that stops after a page, so the
 * cost follows the page, not the history. Every entry is then re-checked against its subject's
 * readers (the same predicates lists and search use): an entry about something the reader may
 * not read, or that was deleted or hidden since, does not exist for them.
 */
@ApplicationScoped
public class Stream {

    /** Rounds of fetching when re-checking trims a page, before the page is served short. */
    private static final int ROUNDS = 4;

    @PersistenceContext
    EntityManager em;

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

    /** Narrows the stream to one kind and/or one network (by id). */
    public record Filter(ActivityKind kind, Long networkId) {
        public static final Filter NONE = new Filter(null, null);
    }

    /**
     * Where a page starts: after the entry at this time and id (null: the newest). Written with
     * the time to the nanosecond, so entries a microsecond apart are neither skipped nor repeated.
     */
    public record Cursor(Instant at, long id) {
        public String code() {
            return at.getEpochSecond() + "_" + at.getNano() + "_" + id;
        }

        public static Optional<Cursor> parse(String code) {
            if (code == null || code.isBlank()) {
                return Optional.empty();
            }
            var parts = code.strip().split("_");
            try {
                if (parts.length == 3) {
                    return Optional.of(new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                            Long.parseLong(parts[2])));
                }
            } catch (NumberFormatException | java.time.DateTimeException e) {
                // falls through to the refusal
            }
            throw new InvalidField("before", "This is not a place in the stream: start again from the newest.");
        }
    }

    /** An entry with what it is about, already loaded (a post, a wiki page, a network or a person). */
    public record Entry(Activity activity, Object subject) {
        public ActivityKind kind() {
            return activity.kind();
        }
    }

    public record StreamPage(List<Entry> entries, Cursor next) {
        public boolean hasMore() {
            return next != null;
        }
    }

    @Transactional
    public StreamPage of(Viewer viewer, Filter filter, Cursor before, int size) {
        var me = profiles.find(viewer.username());
        var reader = readers.of(viewer);
        var now = clock.instant();
        var shown = new ArrayList<Entry>();
        var cursor = before;
        for (int round = 0; round < ROUNDS && shown.size() <= size; round++) {
            var ids = candidates(me.id(), filter, cursor, now, size + 1);
            if (ids.isEmpty()) {
                cursor = null;
                break;
            }
            var batch = load(ids);
            shown.addAll(readable(batch, reader, now));
            var last = batch.get(batch.size() - 1);
            cursor = ids.size() < size + 1 ? null : new Cursor(last.occurredAt(), last.id());
            if (cursor == null) {
                break;
            }
        }
        if (shown.size() > size) {
            var lastShown = shown.get(size - 1).activity();
            return new StreamPage(List.copyOf(shown.subList(0, size)), new Cursor(lastShown.occurredAt(), lastShown.id()));
        }
        return new StreamPage(shown, cursor);
    }

    /** The ids of the next {@code limit} entries from what the person follows, newest first. */
    @SuppressWarnings("unchecked")
    private List<Long> candidates(long me, Filter filter, Cursor before, Instant now, int limit) {
        var common = new StringBuilder("a.occurred_at <= :now");
        if (before != null) {
            common.append(" and (a.occurred_at < :before or (a.occurred_at = :before and a.id < :beforeId))");
        }
        if (filter.networkId() != null) {
            common.append(" and a.network_id = :network");
        }
        var branches = new ArrayList<String>();
        for (var branch : Branch.values()) {
            if (filter.kind() == null || branch.kinds.contains(filter.kind())) {
                var kinds = filter.kind() != null ? Set.of(filter.kind()) : branch.kinds;
                branches.add("(select a.id, a.occurred_at from activity a where " + common + " and a.kind in ("
                        + kinds.stream().map(k -> "'" + k.name() + "'").sorted().collect(Collectors.joining(", ")) + ") and "
                        + branch.where + " order by a.occurred_at desc, a.id desc limit " + limit + ")");
            }
        }
        var query = em.createNativeQuery("select u.id from (" + String.join(" union ", branches)
                + ") u order by u.occurred_at desc, u.id desc limit " + limit);
        query.setParameter("now", now).setParameter("me", me);
        if (before != null) {
            query.setParameter("before", before.at()).setParameter("beforeId", before.id());
        }
        if (filter.networkId() != null) {
            query.setParameter("network", filter.networkId());
        }
        return ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
    }

    /** Where entries come from: each an indexed lookup from one kind of following. */
    private enum Branch {
        NETWORKS(Set.of(ActivityKind.POST_PUBLISHED, ActivityKind.WIKI_EDITED), "a.actor_id <> :me and a.network_id in"
                + " (select f.target_id from follow f where f.person_id = :me and f.target_kind = 'NETWORK')"),
        PEOPLE(Set.of(ActivityKind.POST_PUBLISHED, ActivityKind.WIKI_EDITED), "a.actor_id in"
                + " (select f.target_id from follow f where f.person_id = :me and f.target_kind = 'PERSON')"),
        POST_TAGS(Set.of(ActivityKind.POST_PUBLISHED), "a.actor_id <> :me and a.subject_id in (select pt.post_id from post_tag pt"
                + " join follow f on f.tag = pt.tag where f.person_id = :me and f.target_kind = 'TAG')"),
        PAGE_TAGS(Set.of(ActivityKind.WIKI_EDITED), "a.actor_id <> :me and a.subject_id in (select wt.page_id from wiki_page_tag wt"
                + " join follow f on f.tag = wt.tag where f.person_id = :me and f.target_kind = 'TAG')"),
        PAGES(Set.of(ActivityKind.WIKI_EDITED), "a.actor_id <> :me and a.subject_id in"
                + " (select f.target_id from follow f where f.person_id = :me and f.target_kind = 'WIKI_PAGE')"),
        OWNED_NETWORKS(Set.of(ActivityKind.MEMBERS_JOINED), "a.network_id in (select m.network_id from membership m"
                + " where m.person_id = :me and m.state = 'ACTIVE' and m.role = 'OWNER')"),
        ENDORSEMENTS(Set.of(ActivityKind.ENDORSED), "a.recipient_id = :me");

        final Set<ActivityKind> kinds;
        final String where;

        Branch(Set<ActivityKind> kinds, String where) {
            this.kinds = kinds;
            this.where = where;
        }
    }

    private List<Activity> load(List<Long> ids) {
        var byId = em.createQuery("select a from Activity a join fetch a.actor left join fetch a.network where a.id in :ids",
                Activity.class).setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Activity::id, Function.identity()));
        return ids.stream().map(byId::get).filter(a -> a != null).toList();
    }

    /** The entries whose subject the reader may read now, each with its subject. */
    private List<Entry> readable(List<Activity> batch, Reader reader, Instant now) {
        var subjects = new HashMap<ActivityKind, Map<Long, ?>>();
        subjects.put(ActivityKind.POST_PUBLISHED, byId(posts.readable(ids(batch, ActivityKind.POST_PUBLISHED), reader, now),
                p -> p.id()));
        subjects.put(ActivityKind.WIKI_EDITED, byId(wikis.readable(ids(batch, ActivityKind.WIKI_EDITED), reader), p -> p.id()));
        subjects.put(ActivityKind.MEMBERS_JOINED, byId(networks.seenAmong(ids(batch, ActivityKind.MEMBERS_JOINED), reader),
                n -> n.id()));
        subjects.put(ActivityKind.ENDORSED, byId(people.findAll(ids(batch, ActivityKind.ENDORSED)), p -> p.id()));
        return batch.stream()
                .filter(a -> subjects.get(a.kind()).containsKey(a.subjectId()))
                .map(a -> new Entry(a, subjects.get(a.kind()).get(a.subjectId())))
                .toList();
    }

    private static Set<Long> ids(Collection<Activity> batch, ActivityKind kind) {
        return batch.stream().filter(a -> a.kind() == kind).map(Activity::subjectId).collect(Collectors.toSet());
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
