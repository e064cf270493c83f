package org.guildhall.blog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.InvalidField;
import org.guildhall.network.Network;
import org.guildhall.outbox.Outbox;
import org.guildhall.access.Refusal;
import org.guildhall.people.Person;

/**
 * Posts, comments and thanks brought from another platform with their original authors and
 * times, rendered once as if written here. Called by the importer inside its chunk's
 * transaction; counters are recounted and search is told once per post per chunk.
 */
@ApplicationScoped
public class BlogImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    /** A published post, in a network ({@code networkId}) or on the author's personal blog (null); answers its id. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refusal.class)
    public long post(long authorId, Long networkId, String title, String body, List<String> tags, Instant publishedAt,
                     Instant editedAt) {
        var network = networkId == null ? null : em.getReference(Network.class, networkId);
        var draft = new PostDraft(title, body, tags, null, PostDraft.Publishing.NOW, null);
        var post = Post.imported(em.getReference(Person.class, authorId), network, draft, publishedAt, editedAt);
        em.persist(post);
        return post.id();
    }

    /** A comment on the post, or a reply to {@code parentId}, which must be a comment on the same post; answers its id. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refusal.class)
    public long comment(long postId, long authorId, Long parentId, String body, Instant createdAt) {
        var post = em.getReference(Post.class, postId);
        Comment parent = null;
        if (parentId != null) {
            parent = em.find(Comment.class, parentId);
            if (parent == null || !parent.post().id().equals(postId)) {
                throw new InvalidField("replyTo", "The comment replied to is not on this post.");
            }
            if (parent.parent() != null) {
                parent = parent.parent(); // Guildhall keeps replies one level deep: a reply to a reply joins its thread.
            }
        }
        var comment = Comment.on(post, em.getReference(Person.class, authorId), parent, body, createdAt);
        em.persist(comment);
        return comment.id();
    }

    /** A thank-you for a post; nobody thanks their own. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refusal.class)
    public long thankPost(long personId, long postId, Instant at) {
        if (authorOf("Post", postId) == personId) {
            throw new InvalidField("person", "People cannot thank their own post.");
        }
        var thanks = new Thanks(em.getReference(Person.class, personId), em.getReference(Post.class, postId), null, at);
        em.persist(thanks);
        return thanks.id();
    }

    /** A thank-you for a comment; nobody thanks their own. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refusal.class)
    public long thankComment(long personId, long commentId, Instant at) {
        if (authorOf("Comment", commentId) == personId) {
            throw new InvalidField("person", "People cannot thank their own comment.");
        }
        var thanks = new Thanks(em.getReference(Person.class, personId), null, em.getReference(Comment.class, commentId), at);
        em.persist(thanks);
        return thanks.id();
    }

    private long authorOf(String entity, long id) {
        return em.createQuery("select x.author.id from " + entity + " x where x.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    /** The post a comment is on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long postOf(long commentId) {
        return em.find(Comment.class, commentId).post().id();
    }

    /** Recounts comments and thanks of these posts and their comments, and queues the posts for search. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recount(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return;
        }
        em.flush();
        em.createNativeQuery("""
                        update post set
                          comment_count = (select count(*) from post_comment c where c.post_id = post.id and c.deleted_at is null),
                          thanks_count = (select count(*) from thanks t where t.post_id = post.id)
                        where id in (:ids)""").setParameter("ids", postIds).executeUpdate();
        em.createNativeQuery("""
                        update post_comment set thanks_count = (select count(*) from thanks t where t.comment_id = post_comment.id)
                        where post_id in (:ids)""").setParameter("ids", postIds).executeUpdate();
        postIds.forEach(id -> outbox.append(Blogs.AGGREGATE, id));
    }
}
