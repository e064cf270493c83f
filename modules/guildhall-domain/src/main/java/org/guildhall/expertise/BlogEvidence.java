package org.guildhall.expertise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.Comment;
import org.guildhall.blog.Post;
import org.guildhall.blog.PostRepository;

/**
 * Posts and their comments as evidence: each published post and each live comment is one
 * contribution of its author, read by the post's audience, appreciated by its thanks.
 */
@ApplicationScoped
public class BlogEvidence implements EvidenceSource {

    @Inject
    PostRepository posts;

    @PersistenceContext
    EntityManager em;

    @Inject
    java.time.Clock clock;

    @Override
    public String aggregateType() {
        return Blogs.AGGREGATE;
    }

    @Override
    @Transactional
    public Evidence evidence(Collection<Long> postIds) {
        var contributions = new ArrayList<Contribution>();
        var gone = new ArrayList<Gone>();
        var found = posts.forIndexing(postIds);
        var live = new java.util.HashSet<Long>();
        for (var post : found) {
            if (post.isDraft() || post.isDeleted() || post.isWithdrawn()) {
                gone.add(new Gone(postKey(post.id()), post.id()));
            } else {
                live.add(post.id());
                contributions.add(of(post));
            }
        }
        var foundIds = found.stream().map(Post::id).collect(java.util.stream.Collectors.toSet());
        postIds.stream().filter(id -> !foundIds.contains(id)).forEach(id -> gone.add(new Gone(postKey(id), id)));
        if (!postIds.isEmpty()) {
            for (var comment : comments(postIds)) {
                if (!comment.isShown() || !live.contains(comment.post().id())) {
                    gone.add(new Gone("comment-" + comment.id(), comment.post().id()));
                } else {
                    contributions.add(of(comment));
                }
            }
        }
        return new Evidence(contributions, gone);
    }

    private List<Comment> comments(Collection<Long> postIds) {
        return em.createQuery("select c from Comment c join fetch c.author where c.post.id in :ids", Comment.class)
                .setParameter("ids", postIds).getResultList();
    }

    private static Contribution of(Post p) {
        var n = p.network();
        return new Contribution(postKey(p.id()), p.id(), "post", p.author().username(), p.title(), p.text(),
                p.tags().stream().map(SkillKey::of).distinct().toList(),
                n == null ? null : n.id(), n == null ? null : n.name(), AccessPolicy.audienceOf(n), p.publishAt(),
                p.thanksCount(), "/blog/posts/" + p.id());
    }

    /**
     * A comment is read by its post's readers and shown under its post's title; it does not carry
     * the post's tags (a "thanks!" under a tagged post says nothing of its author's skills).
     */
    private static Contribution of(Comment c) {
        var p = c.post();
        var n = p.network();
        var at = c.createdAt().isBefore(p.publishAt()) ? p.publishAt() : c.createdAt();
        return new Contribution("comment-" + c.id(), p.id(), "comment", c.author().username(), p.title(), c.text(), List.of(),
                n == null ? null : n.id(), n == null ? null : n.name(), AccessPolicy.audienceOf(n), at,
                c.thanksCount(), "/blog/posts/" + p.id() + "#comment-" + c.id());
    }

    @Override
    @Transactional
    public java.util.Set<String> readable(org.guildhall.access.Reader reader, Collection<String> contributionIds) {
        var postOf = new java.util.HashMap<String, Long>();
        var commentIds = new ArrayList<Long>();
        for (var id : contributionIds) {
            if (id.startsWith("post-")) {
                postOf.put(id, Long.valueOf(id.substring(5)));
            } else if (id.startsWith("comment-")) {
                commentIds.add(Long.valueOf(id.substring(8)));
            }
        }
        if (!commentIds.isEmpty()) {
            em.createQuery("select c.id, c.post.id from Comment c where c.id in :ids and " + org.guildhall.blog.PostRepository.SHOWN, Object[].class)
                    .setParameter("ids", commentIds).getResultList()
                    .forEach(r -> postOf.put("comment-" + r[0], (Long) r[1]));
        }
        var readablePosts = posts.readable(java.util.Set.copyOf(postOf.values()), reader, clock.instant()).stream()
                .map(Post::id).collect(java.util.stream.Collectors.toSet());
        return postOf.entrySet().stream().filter(e -> readablePosts.contains(e.getValue())).map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String postKey(long id) {
        return "post-" + id;
    }

    @Override
    @Transactional
    public List<Long> idsAfter(long after, int limit) {
        return posts.idsAfter(after, limit);
    }

    @Override
    @Transactional
    public long count() {
        return posts.count();
    }
}
