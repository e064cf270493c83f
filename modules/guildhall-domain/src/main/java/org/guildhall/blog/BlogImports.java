package org.guildhall.blog;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Who wrote each of these posts and comments (author ids), and which post each comment is on: one query each. */
    public record Authors(Map<Long, Long> ofPosts, Map<Long, Long> ofComments, Map<Long, Long> postOfComment) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Authors authors(Collection<Long> postIds, Collection<Long> commentIds) {
        var ofPosts = new HashMap<Long, Long>();
        var ofComments = new HashMap<Long, Long>();
        var postOf = new HashMap<Long, Long>();
        if (!postIds.isEmpty()) {
            em.createQuery("select p.id, p.author.id from Post p where p.id in :ids", Object[].class).setParameter("ids", postIds)
                    .getResultList().forEach(row -> ofPosts.put((Long) row[0], (Long) row[1]));
        }
        if (!commentIds.isEmpty()) {
            em.createQuery("select c.id, c.author.id, c.post.id from Comment c where c.id in :ids", Object[].class)
                    .setParameter("ids", commentIds).getResultList().forEach(row -> {
                        ofComments.put((Long) row[0], (Long) row[1]);
                        postOf.put((Long) row[0], (Long) row[2]);
                    });
        }
        return new Authors(ofPosts, ofComments, postOf);
    }

    /** A thank-you for a post by {@code authorId}; nobody thanks their own. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refusal.class)
    public long thankPost(long personId, long postId, long authorId, Instant at) {
        if (authorId == personId) {
            throw new InvalidField("person", "People cannot thank their own post.");
        }
        var thanks = new Thanks(em.getReference(Person.class, personId), em.getReference(Post.class, postId), null, at);
        em.persist(thanks);
        return thanks.id();
    }

    /** A thank-you for a comment by {@code authorId}; nobody thanks their own. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refusal.class)
    public long thankComment(long personId, long commentId, long authorId, Instant at) {
        if (authorId == personId) {
            throw new InvalidField("person", "People cannot thank their own comment.");
        }
        var thanks = new Thanks(em.getReference(Person.class, personId), null, em.getReference(Comment.class, commentId), at);
        em.persist(thanks);
        return thanks.id();
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
