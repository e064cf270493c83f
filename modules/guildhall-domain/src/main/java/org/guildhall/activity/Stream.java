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
    org.guildhall.question.QuestionRepository questions;

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

    /** An entry with what it is about, already loaded (a post's card, a wiki page, a network or a person). */
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
        var follows = following(me.id());
        for (int round = 0; round < ROUNDS && shown.size() <= size; round++) {
            // Twice a page: following a person brings their posts in networks one may not read, and
            // what re-checking trims should rarely cost another round.
            int wanted = 2 * size + 1;
            var ids = candidates(follows, me.id(), filter, cursor, now, wanted);
            if (ids.isEmpty()) {
                cursor = null;
                break;
            }
            var batch = load(ids);
            shown.addAll(readable(batch, reader, now));
            var last = batch.get(batch.size() - 1);
            cursor = ids.size() < wanted ? null : new Cursor(last.occurredAt(), last.id());
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

    /**
     * At most this many followed things of one kind get a branch each; beyond it (someone
     * following hundreds of networks) the kind is one branch that sorts all their entries.
     */
    static final int BRANCHES_PER_KIND = 200;

    private static final Set<ActivityKind> WRITING = Set.of(ActivityKind.POST_PUBLISHED, ActivityKind.WIKI_EDITED,
            ActivityKind.QUESTION_ASKED);

    /** What one person follows, read once per page. */
    private record Following(List<Long> networks, List<Long> people, List<Long> pages, List<String> tags) {
    }

    @SuppressWarnings("unchecked")
    private Following following(long me) {
        var networks = new ArrayList<Long>();
        var people = new ArrayList<Long>();
        var pages = new ArrayList<Long>();
        var tags = new ArrayList<String>();
        for (var row : (List<Object[]>) em.createNativeQuery("select target_kind, target_id, tag from follow where person_id = ?",
                Object[].class).setParameter(1, me).getResultList()) {
            long id = ((Number) row[1]).longValue();
            switch ((String) row[0]) {
                case "NETWORK" -> networks.add(id);
                case "PERSON" -> people.add(id);
                case "WIKI_PAGE" -> pages.add(id);
                default -> tags.add((String) row[2]);
            }
        }
        return new Following(networks, people, pages, tags);
    }

    /**
     * The ids of the next {@code limit} entries from what the person follows, newest first: one
     * branch per followed network, person, page and tag, each walking its index newest first and
     * stopping after {@code limit}, so a page costs what the follows do, not what they ever wrote.
     */
    @SuppressWarnings("unchecked")
    private List<Long> candidates(Following follows, long me, Filter filter, Cursor before, Instant now, int limit) {
        var common = new StringBuilder("a.occurred_at <= :now");
        if (before != null) {
            common.append(" and (a.occurred_at < :before or (a.occurred_at = :before and a.id < :beforeId))");
        }
        if (filter.networkId() != null) {
            common.append(" and a.network_id = :network");
        }
        var order = " order by a.occurred_at desc, a.id desc limit " + limit + ")";
        var branches = new ArrayList<String>();
        var writing = kinds(filter, WRITING);
        int tagged = 0;
        if (!writing.isEmpty()) {
            perItem(branches, follows.networks(), id -> "a.network_id = " + id,
                    common + " and a.kind in (" + writing + ") and a.actor_id <> :me", order,
                    "a.network_id in (select f.target_id from follow f where f.person_id = :me and f.target_kind = 'NETWORK')");
            perItem(branches, follows.people(), id -> "a.actor_id = " + id, common + " and a.kind in (" + writing + ")", order,
                    "a.actor_id in (select f.target_id from follow f where f.person_id = :me and f.target_kind = 'PERSON')");
            var byTag = common.toString().replace("a.occurred_at", "t.occurred_at").replace("a.id <", "t.activity_id <");
            tagged = Math.min(follows.tags().size(), BRANCHES_PER_KIND);
            for (int t = 0; t < tagged; t++) {
                branches.add("(select a.id, a.occurred_at from activity_tag t join activity a on a.id = t.activity_id where t.tag = :tag" + t
                        + " and " + byTag + " and a.kind in (" + writing + ") and a.actor_id <> :me"
                        + " order by t.occurred_at desc, t.activity_id desc limit " + limit + ")");
            }
        }
        if (filter.kind() == null || filter.kind() == ActivityKind.WIKI_EDITED) {
            perItem(branches, follows.pages(), id -> "a.subject_id = " + id, common + " and a.kind = 'WIKI_EDITED' and a.actor_id <> :me",
                    order, "a.subject_id in (select f.target_id from follow f where f.person_id = :me and f.target_kind = 'WIKI_PAGE')");
        }
        if (filter.kind() == null || filter.kind() == ActivityKind.MEMBERS_JOINED) {
            branches.add("(select a.id, a.occurred_at from activity a where " + common + " and a.kind = 'MEMBERS_JOINED'"
                    + " and a.network_id in (select m.network_id from membership m where m.person_id = :me and m.state = 'ACTIVE'"
                    + " and m.role = 'OWNER')" + order);
        }
        if (filter.kind() == null || filter.kind() == ActivityKind.ENDORSED) {
            branches.add("(select a.id, a.occurred_at from activity a where " + common + " and a.kind = 'ENDORSED' and a.recipient_id = :me"
                    + order);
        }
        if (branches.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery("select u.id from (" + String.join(" union ", branches)
                + ") u order by u.occurred_at desc, u.id desc limit " + limit);
        query.setParameter("now", now);
        if (query.getParameters().stream().anyMatch(p -> "me".equals(p.getName()))) {
            query.setParameter("me", me);
        }
        if (before != null) {
            query.setParameter("before", before.at()).setParameter("beforeId", before.id());
        }
        if (filter.networkId() != null) {
            query.setParameter("network", filter.networkId());
        }
        for (int t = 0; t < tagged; t++) {
            query.setParameter("tag" + t, follows.tags().get(t));
        }
        return ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
    }

    /** A branch per followed thing (ids come from the database, so they are written into the SQL), or one for all. */
    private static void perItem(List<String> branches, List<Long> ids, java.util.function.LongFunction<String> one, String where,
                                String order, String all) {
        if (ids.size() > BRANCHES_PER_KIND) {
            branches.add("(select a.id, a.occurred_at from activity a where " + where + " and " + all + order);
            return;
        }
        for (long id : ids) {
            branches.add("(select a.id, a.occurred_at from activity a where " + one.apply(id) + " and " + where + order);
        }
    }

    /** The kinds of {@code among} the filter lets through, as SQL literals (empty: none). */
    private static String kinds(Filter filter, Set<ActivityKind> among) {
        return among.stream().filter(k -> filter.kind() == null || filter.kind() == k).map(k -> "'" + k.name() + "'").sorted()
                .collect(Collectors.joining(", "));
    }

    private List<Activity> load(List<Long> ids) {
        var byId = em.createQuery("select a from Activity a join fetch a.actor where a.id in :ids", Activity.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Activity::id, Function.identity()));
        // The entries' networks in one query (their topics and departments batch-loaded with them),
        // not one by one as each entry's network is first touched.
        networks.findAll(byId.values().stream().filter(a -> a.network() != null).map(a -> a.network().id())
                .collect(Collectors.toSet()));
        return ids.stream().map(byId::get).filter(a -> a != null).toList();
    }

    /** The entries whose subject the reader may read now, each with its subject. */
    private List<Entry> readable(List<Activity> batch, Reader reader, Instant now) {
        var subjects = new HashMap<ActivityKind, Map<Long, ?>>();
        subjects.put(ActivityKind.POST_PUBLISHED, byId(posts.readableCards(ids(batch, ActivityKind.POST_PUBLISHED), reader, now),
                p -> p.id()));
        subjects.put(ActivityKind.WIKI_EDITED, byId(wikis.readable(ids(batch, ActivityKind.WIKI_EDITED), reader), p -> p.id()));
        subjects.put(ActivityKind.MEMBERS_JOINED, byId(networks.seenAmong(ids(batch, ActivityKind.MEMBERS_JOINED), reader),
                n -> n.id()));
        subjects.put(ActivityKind.ENDORSED, byId(people.findAll(ids(batch, ActivityKind.ENDORSED)), p -> p.id()));
        subjects.put(ActivityKind.QUESTION_ASKED, byId(questions.readable(ids(batch, ActivityKind.QUESTION_ASKED), reader),
                q -> q.id()));
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
