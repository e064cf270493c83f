package org.guildhall.blog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.guildhall.network.ContentAccess;
import org.guildhall.network.MembershipState;
import org.guildhall.network.NetworkStatus;
import org.guildhall.network.Visibility;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;

/** Posts, comments and thanks. List queries carry the reader's visibility rules (see {@link Blogs}). */
@ApplicationScoped
public class PostRepository {

    @PersistenceContext
    EntityManager em;

    /** Which published posts a list shows: one network's, one author's, one tag's, or all. */
    public record Filter(Long networkId, Long authorId, String tag) {
        public static final Filter LATEST = new Filter(null, null, null);
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
     * Published, due, undeleted posts the reader may see, newest first, authors and networks
     * fetched: a personal post, a post in a live network that is listed with public content, or
     * a post in a live network the reader belongs to. Admins see every live network's posts.
     */
    public Page<Post> published(Filter filter, String reader, boolean admin, Instant now, int page, int size) {
        var where = new StringBuilder(readable(admin));
        if (filter.networkId() != null) {
            where.append(" and n.id = :networkId");
        }
        if (filter.authorId() != null) {
            where.append(" and p.author.id = :authorId");
        }
        if (filter.tag() != null) {
            where.append(" and :tag member of p.tags");
        }
        var items = em.createQuery("select p from Post p join fetch p.author left join fetch p.network n where " + where
                + " order by p.publishAt desc, p.id desc", Post.class);
        var count = em.createQuery("select count(p) from Post p left join p.network n where " + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            bindReadable(q, reader, admin, now);
            if (filter.networkId() != null) {
                q.setParameter("networkId", filter.networkId());
            }
            if (filter.authorId() != null) {
                q.setParameter("authorId", filter.authorId());
            }
            if (filter.tag() != null) {
                q.setParameter("tag", filter.tag());
            }
        }
        var list = items.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page<>(list, count.getSingleResult(), page, size);
    }

    /**
     * The access policy's "may read this post" for lists, in JPQL over {@code p} and its network
     * {@code n}: published, due, undeleted, and personal, or in a live network that is listed with
     * public content or that the reader belongs to (any live network for admins).
     */
    private static String readable(boolean admin) {
        return "p.status = :published and p.publishAt <= :now and p.deletedAt is null"
                + (admin ? " and (n is null or n.status in (:active, :archived))"
                : " and (n is null or (n.status in (:active, :archived) and ((n.visibility = :listed and n.contentAccess = :public)"
                + " or exists (select 1 from Membership m where m.network = n and m.person.username = :reader and m.state = :member))))");
    }

    private static void bindReadable(TypedQuery<?> q, String reader, boolean admin, Instant now) {
        q.setParameter("published", PostStatus.PUBLISHED).setParameter("now", now)
                .setParameter("active", NetworkStatus.ACTIVE).setParameter("archived", NetworkStatus.ARCHIVED);
        if (!admin) {
            q.setParameter("listed", Visibility.LISTED).setParameter("public", ContentAccess.PUBLIC)
                    .setParameter("reader", reader).setParameter("member", MembershipState.ACTIVE);
        }
    }

    /** The author's drafts, scheduled and recently deleted posts, for their own blog page. */
    public List<Post> unpublished(Person author, Instant now) {
        return em.createQuery("""
                        select p from Post p left join fetch p.network
                        where p.author = :author and (p.status = :draft or p.publishAt > :now
                              or (p.deletedAt is not null and p.deletedAt > :recoverable))
                        order by p.updatedAt desc""", Post.class)
                .setParameter("author", author).setParameter("draft", PostStatus.DRAFT).setParameter("now", now)
                .setParameter("recoverable", now.minus(Post.RECOVERABLE)).getResultList();
    }

    /** Tags on posts the reader may read that start with a prefix, most used first. */
    public List<String> tagsStartingWith(String prefix, String reader, boolean admin, Instant now, int limit) {
        var query = em.createQuery("select t from Post p left join p.network n join p.tags t where t like :prefix and "
                + readable(admin) + " group by t order by count(p) desc, t", String.class);
        bindReadable(query, reader, admin, now);
        return query.setParameter("prefix", prefix.replace("%", "") + "%")
                .setMaxResults(limit).getResultList();
    }

    public List<Post> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery(
                "select p from Post p join fetch p.author left join fetch p.network where p.id in :ids", Post.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<Long> allIds() {
        return em.createQuery("select p.id from Post p order by p.id", Long.class).getResultList();
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

    /** Comment bodies of many posts (for the search index), one query. */
    public List<Comment> commentsOf(Collection<Post> posts) {
        return posts.isEmpty() ? List.of() : em.createQuery(
                "select c from Comment c where c.post in :posts and c.deletedAt is null", Comment.class)
                .setParameter("posts", posts).getResultList();
    }

    public Optional<Comment> comment(long id) {
        return em.createQuery("select c from Comment c join fetch c.author join fetch c.post left join fetch c.parent where c.id = :id", Comment.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public boolean hasReplies(Comment comment) {
        return !em.createQuery("select c.id from Comment c where c.parent = :comment", Long.class)
                .setParameter("comment", comment).setMaxResults(1).getResultList().isEmpty();
    }

    void store(Comment comment) {
        em.persist(comment);
    }

    void store(Thanks thanks) {
        em.persist(thanks);
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

    /** Who thanked each comment of a post, in order, for the post page (one query). */
    public Map<Long, List<Person>> commentThankers(Post post) {
        return em.createQuery("select t from Thanks t join fetch t.person join fetch t.comment c where c.post = :post order by t.createdAt",
                        Thanks.class)
                .setParameter("post", post).getResultList().stream()
                .collect(Collectors.groupingBy(t -> t.comment().id(), Collectors.mapping(Thanks::person, Collectors.toList())));
    }

    /** Ids of the post's comments the person thanked, for the post page (one query). */
    public List<Long> commentsThankedBy(Person person, Post post) {
        return em.createQuery("select t.comment.id from Thanks t where t.person = :person and t.comment.post = :post", Long.class)
                .setParameter("person", person).setParameter("post", post).getResultList();
    }
}
