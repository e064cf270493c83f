package org.guildhall.blog;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.guildhall.access.AudienceQueries;
import org.guildhall.access.Reader;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;
import org.guildhall.persistence.Uniqueness;
import org.guildhall.text.Like;
import org.guildhall.network.Network;

/** Posts, comments and thanks. List queries carry the reader's audience filter (see {@link AudienceQueries}). */
@ApplicationScoped
public class PostRepository {

    @PersistenceContext
    EntityManager em;

    /**
     * Which published posts a list shows: one network's, one author's, one tag's, only those in
     * networks {@code memberOf} (a username) belongs to, or any combination; all when empty.
     */
    public record Filter(Long networkId, Long authorId, String tag, String memberOf) {
        public static final Filter LATEST = new Filter(null, null, null, null);

        public Filter(Long networkId, Long authorId, String tag) {
            this(networkId, authorId, tag, null);
        }
    }

    public Optional<Post> find(long id) {
        return em.createQuery("select p from Post p join fetch p.author left join fetch p.network where p.id = :id", Post.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public void store(Post post) {
        if (post.id() == null) {
            em.persist(post);
        }
    }

    public void flush() {
        em.flush();
    }

    /**
     * Lists count their posts up to this many: beyond it the pager's page bound is reached anyway,
     * and counting a million readable posts exactly costs more than the page it heads.
     */
    public static final int COUNT_CAP = 1_000;

    /** Published, due, undeleted posts the reader may read, newest first, authors and networks fetched. */
    public Page<Post> published(Filter filter, Reader reader, Instant now, int page, int size) {
        return published(filter, reader, now, page, size, COUNT_CAP);
    }

    /** As {@link #published(Filter, Reader, Instant, int, int)}, counting at most {@code countCap} posts. */
    public Page<Post> published(Filter filter, Reader reader, Instant now, int page, int size, int countCap) {
        var where = new StringBuilder(READABLE);
        if (filter.networkId() != null) {
            where.append(" and n.id = :networkId");
        }
        if (filter.authorId() != null) {
            where.append(" and p.author.id = :authorId");
        }
        if (filter.tag() != null) {
            where.append(" and :tag member of p.tags");
        }
        if (filter.memberOf() != null) {
            where.append(" and exists (select 1 from Membership mm where mm.network = n and mm.person.username = :memberOf"
                    + " and mm.state = org.guildhall.network.MembershipState.ACTIVE)");
        }
        // A network's pinned posts head its first page; the rest follow newest first, so the list
        // still walks the (network, publish time) index and stops after a page.
        boolean pins = filter.networkId() != null;
        var rest = pins ? where + " and p.pinnedAt is null" : where.toString();
        var items = em.createQuery("select p from Post p join fetch p.author left join fetch p.network n where " + rest
                + " order by p.publishAt desc, p.id desc", Post.class);
        var count = em.createQuery("select p.id from Post p left join p.network n where " + rest, Long.class);
        var pinned = em.createQuery("select p from Post p join fetch p.author left join fetch p.network n where " + where
                + " and p.pinnedAt is not null order by p.pinnedAt desc", Post.class);
        for (TypedQuery<?> q : pins ? List.of(items, count, pinned) : List.of(items, count)) {
            bind(q, filter, reader, now);
        }
        var list = items.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        long total = Math.min(countCap, count.setMaxResults(countCap).getResultList().size());
        if (pins) {
            var top = pinned.setMaxResults(PINNED_MAX).getResultList();
            total += top.size();
            if (page == 1 && !top.isEmpty()) {
                list = java.util.stream.Stream.concat(top.stream(), list.stream()).toList();
            }
        }
        return new Page<>(list, total, page, size);
    }

    /** At most this many pinned posts head a network's list. */
    static final int PINNED_MAX = 5;

    private static void bind(TypedQuery<?> q, Filter filter, Reader reader, Instant now) {
        bindReadable(q, reader, now);
        if (filter.networkId() != null) {
            q.setParameter("networkId", filter.networkId());
        }
        if (filter.authorId() != null) {
            q.setParameter("authorId", filter.authorId());
        }
        if (filter.tag() != null) {
            q.setParameter("tag", filter.tag());
        }
        if (filter.memberOf() != null) {
            q.setParameter("memberOf", filter.memberOf());
        }
    }

    /**
     * "The reader may read this post" for lists, over {@code p} and its network {@code n}:
     * published, due, undeleted, and in the reader's audience.
     */
    private static final String READABLE = "p.status = :published and p.publishAt <= :now and p.deletedAt is null"
            + " and p.hiddenAt is null and p.held = false and "
            + AudienceQueries.readable("n");

    private static void bindReadable(TypedQuery<?> q, Reader reader, Instant now) {
        q.setParameter("published", PostStatus.PUBLISHED).setParameter("now", now);
        AudienceQueries.bind(q, reader);
    }

    /** Of these posts, the ones the reader may read now (to re-check search hits), authors and networks fetched. */
    public List<Post> readable(Collection<Long> ids, Reader reader, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select p from Post p join fetch p.author left join fetch p.network n where p.id in :ids and "
                + READABLE, Post.class).setParameter("ids", ids);
        bindReadable(query, reader, now);
        return query.getResultList();
    }

    /**
     * The members who wrote and commented most in a network since {@code since}, most first: only
     * what is still there (published, not deleted) and only people who are still members. Comments
     * count on posts of the window before it too (so the query walks the network's recent posts, not
     * every comment it ever had). Two queries.
     */
    List<BlogNetworkSections.Contributor> mostActive(Network network, Instant since, int limit) {
        var counts = new LinkedHashMap<Person, long[]>();
        em.createQuery("""
                        select p.author, count(p) from Post p where p.network = :network and p.status = :published
                          and p.deletedAt is null and p.publishAt >= :since""" + STILL_A_MEMBER.formatted("p.author")
                        + " group by p.author", Object[].class)
                .setParameter("network", network).setParameter("published", PostStatus.PUBLISHED).setParameter("since", since)
                .getResultList().forEach(r -> counts.computeIfAbsent((Person) r[0], k -> new long[2])[0] = (Long) r[1]);
        em.createQuery("""
                        select c.author, count(c) from Comment c where c.post.network = :network and c.deletedAt is null
                          and c.post.status = :published and c.post.deletedAt is null and c.post.publishAt >= :postedSince
                          and c.createdAt >= :since""" + STILL_A_MEMBER.formatted("c.author") + " group by c.author", Object[].class)
                .setParameter("network", network).setParameter("published", PostStatus.PUBLISHED).setParameter("since", since)
                .setParameter("postedSince", since.minus(BlogNetworkSections.ACTIVE_WITHIN))
                .getResultList().forEach(r -> counts.computeIfAbsent((Person) r[0], k -> new long[2])[1] = (Long) r[1]);
        return counts.entrySet().stream()
                .map(e -> new BlogNetworkSections.Contributor(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(BlogNetworkSections.Contributor::total).reversed()
                        .thenComparing(c -> c.person().displayName()))
                .limit(limit).toList();
    }

    private static final String STILL_A_MEMBER = " and exists (select 1 from Membership m where m.network = :network"
            + " and m.person = %s and m.state = org.guildhall.network.MembershipState.ACTIVE)";

    /** The live networks a person belongs to, by name (to filter their reading by). */
    public List<Network> networksOf(String username) {
        return em.createQuery("""
                        select n from Membership m join m.network n
                        where m.person.username = :username and m.state = org.guildhall.network.MembershipState.ACTIVE
                          and n.status in (org.guildhall.network.NetworkStatus.ACTIVE, org.guildhall.network.NetworkStatus.ARCHIVED)
                        order by n.nameKey""", Network.class)
                .setParameter("username", username).getResultList();
    }

    /** The author's drafts, scheduled and recently deleted posts, for their own blog page. */
    public List<Post> unpublished(Person author, Instant now) {
        return em.createQuery("""
                        select p from Post p left join fetch p.network
                        where p.author = :author and (p.status = :draft or p.publishAt > :now or p.held = true
                              or (p.hiddenAt is not null and p.deletedAt is null)
                              or (p.deletedAt is not null and p.deletedAt > :recoverable))
                        order by p.updatedAt desc""", Post.class)
                .setParameter("author", author).setParameter("draft", PostStatus.DRAFT).setParameter("now", now)
                .setParameter("recoverable", now.minus(Post.RECOVERABLE)).getResultList();
    }

    /** Tags on posts the reader may read that start with a prefix, most used first. */
    public List<String> tagsStartingWith(String prefix, Reader reader, Instant now, int limit) {
        var query = em.createQuery("select t from Post p left join p.network n join p.tags t where t like :prefix" + Like.ESCAPE + " and "
                + READABLE + " group by t order by count(p) desc, t", String.class);
        bindReadable(query, reader, now);
        return query.setParameter("prefix", Like.startingWith(prefix))
                .setMaxResults(limit).getResultList();
    }

    public List<Post> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery(
                "select p from Post p join fetch p.author left join fetch p.network where p.id in :ids", Post.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Ids after {@code after}, in order, for rebuilding an index in chunks. */
    public List<Long> idsAfter(long after, int limit) {
        return em.createQuery("select p.id from Post p where p.id > :after order by p.id", Long.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    public long count() {
        return em.createQuery("select count(p) from Post p", Long.class).getSingleResult();
    }

    /** Posts by id with everything their search document needs: author, network (its audience), tags. */
    public List<Post> forIndexing(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery(
                "select distinct p from Post p join fetch p.author left join fetch p.network n left join fetch n.readBy"
                        + " left join fetch p.tags where p.id in :ids", Post.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The text of each post's visible comments (for the search index), one query. */
    public Map<Long, List<String>> commentTexts(Collection<Long> postIds) {
        return postIds.isEmpty() ? Map.of() : em.createQuery(
                        "select c.post.id, c.bodyText from Comment c where c.post.id in :ids and " + SHOWN + " order by c.id",
                        Object[].class)
                .setParameter("ids", postIds).getResultList().stream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(r -> (String) r[1], Collectors.toList())));
    }

    /** How many posts and comments the author has that readers of the network see (their history there). */
    public long shownBy(Person author, Network network) {
        return postsShownBy(author, network) + commentsShownBy(author, network);
    }

    long postsShownBy(Person author, Network network) {
        return em.createQuery("select count(p) from Post p where p.author = :a and p.network = :n and p.status = :published"
                        + " and p.deletedAt is null and p.hiddenAt is null and p.held = false", Long.class)
                .setParameter("a", author).setParameter("n", network).setParameter("published", PostStatus.PUBLISHED).getSingleResult();
    }

    long commentsShownBy(Person author, Network network) {
        return em.createQuery("select count(c) from Comment c where c.author = :a and c.post.network = :n and " + SHOWN, Long.class)
                .setParameter("a", author).setParameter("n", network).getSingleResult();
    }

    /** Featured posts of a network the reader may read, latest featured first. */
    public List<Post> featured(long networkId, Reader reader, Instant now, int limit) {
        var query = em.createQuery("select p from Post p join fetch p.author left join fetch p.network n where n.id = :networkId"
                + " and p.featuredAt is not null and " + READABLE + " order by p.featuredAt desc", Post.class)
                .setParameter("networkId", networkId);
        bindReadable(query, reader, now);
        return query.setMaxResults(limit).getResultList();
    }

    /** "Every reader of the post sees this comment", over {@code c}. */
    public static final String SHOWN = "c.deletedAt is null and c.hiddenAt is null and c.held = false";

    /** Comment and thanks counts change atomically and leave the post's version alone. */
    void countComments(Post post, int delta) {
        em.flush();
        em.createQuery("update Post p set p.commentCount = p.commentCount + :delta where p.id = :id")
                .setParameter("delta", delta).setParameter("id", post.id()).executeUpdate();
        em.refresh(post);
    }

    void countThanks(Post post) {
        em.flush();
        em.createQuery("update Post p set p.thanksCount = p.thanksCount + 1 where p.id = :id")
                .setParameter("id", post.id()).executeUpdate();
        em.refresh(post);
    }

    void countThanks(Comment comment) {
        em.flush();
        em.createQuery("update Comment c set c.thanksCount = c.thanksCount + 1 where c.id = :id")
                .setParameter("id", comment.id()).executeUpdate();
        em.refresh(comment);
    }

    public List<Long> idsInNetworks(Collection<Long> networkIds) {
        return networkIds.isEmpty() ? List.of() : em.createQuery("select p.id from Post p where p.network.id in :ids", Long.class)
                .setParameter("ids", networkIds).getResultList();
    }

    // ---- comments and thanks ----------------------------------------------------------------

    public List<Comment> comments(Post post) {
        return em.createQuery("select c from Comment c join fetch c.author left join fetch c.parent where c.post = :post order by c.createdAt, c.id",
                Comment.class).setParameter("post", post).getResultList();
    }

    public Optional<Comment> comment(long id) {
        return em.createQuery("select c from Comment c join fetch c.author join fetch c.post left join fetch c.parent where c.id = :id", Comment.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * Of these posts, the ones the reader may read now, as cards: two small queries that never
     * read a post's text or HTML (the stream shows a page of them on every home page).
     */
    public List<PostCard> readableCards(Collection<Long> ids, Reader reader, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select p.id, p.title, p.excerpt from Post p left join p.network n where p.id in :ids and "
                + READABLE, Object[].class).setParameter("ids", ids);
        bindReadable(query, reader, now);
        var rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        var tags = em.createQuery("select p.id, t from Post p join p.tags t where p.id in :ids order by t", Object[].class)
                .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList()).getResultStream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(r -> (String) r[1], Collectors.toList())));
        return rows.stream().map(r -> new PostCard((Long) r[0], (String) r[1], (String) r[2],
                tags.getOrDefault((Long) r[0], List.of()))).toList();
    }

    /** Of these comments, those shown (not deleted, hidden or held) on posts the reader may read now. */
    public List<Comment> readableComments(Collection<Long> ids, Reader reader, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select c from Comment c join fetch c.author join fetch c.post p left join fetch p.network n"
                + " where c.id in :ids and " + SHOWN + " and " + READABLE, Comment.class).setParameter("ids", ids);
        bindReadable(query, reader, now);
        return query.getResultList();
    }

    public boolean hasReplies(Comment comment) {
        return !em.createQuery("select c.id from Comment c where c.parent = :comment", Long.class)
                .setParameter("comment", comment).setMaxResults(1).getResultList().isEmpty();
    }

    void store(Comment comment) {
        em.persist(comment);
    }

    /** Stores a thank-you; a concurrent one by the same person (a double click) is a conflict with this message. */
    void store(Thanks thanks, String duplicate) {
        em.persist(thanks);
        Uniqueness.flush(em, duplicate);
    }

    public boolean thanked(Person person, Post post) {
        return !em.createQuery("select t.id from Thanks t where t.person = :person and t.post = :post", Long.class)
                .setParameter("person", person).setParameter("post", post).getResultList().isEmpty();
    }

    public boolean thanked(Person person, Comment comment) {
        return !em.createQuery("select t.id from Thanks t where t.person = :person and t.comment = :comment", Long.class)
                .setParameter("person", person).setParameter("comment", comment).getResultList().isEmpty();
    }

    public List<Person> thankers(Post post) {
        return em.createQuery("select t.person from Thanks t where t.post = :post order by t.createdAt", Person.class)
                .setParameter("post", post).getResultList();
    }

    /**
     * Who thanked each of these comments (a post's), in order, for the post page (one query, by
     * comment id: the planner then walks the thanks index instead of every thanks row).
     */
    public Map<Long, List<Person>> commentThankers(List<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select t from Thanks t join fetch t.person join fetch t.comment c where c.id in :ids order by t.createdAt",
                        Thanks.class)
                .setParameter("ids", commentIds).getResultList().stream()
                .collect(Collectors.groupingBy(t -> t.comment().id(), Collectors.mapping(Thanks::person, Collectors.toList())));
    }

    /** Of these comments (a post's), the ones the person thanked, for the post page (one query). */
    public List<Long> commentsThankedBy(Person person, List<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return List.of();
        }
        // By comment id: a prolific thanker's thousands of other thanks are never read.
        return em.createQuery("select t.comment.id from Thanks t where t.person = :person and t.comment.id in :ids", Long.class)
                .setParameter("person", person).setParameter("ids", commentIds).getResultList();
    }
}
