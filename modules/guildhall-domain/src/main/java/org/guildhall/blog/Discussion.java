package org.guildhall.blog;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.moderation.ContentKind;
import org.guildhall.moderation.PreModerations;
import org.guildhall.moderation.Sanctions;
import org.guildhall.moderation.WriteLimits;
import org.guildhall.outbox.Outbox;
import org.guildhall.people.Profiles;

/**
 * The conversation under a post: comments with one level of replies, and thanks for posts and
 * comments (once each, never one's own). Whoever may read the post may take part while it is
 * not deleted. Counts change atomically, outside the post's version.
 */
@ApplicationScoped
public class Discussion {

    @Inject
    PostRepository posts;

    @Inject
    PostAccess postAccess;

    @Inject
    Profiles profiles;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Sanctions sanctions;

    @Inject
    PreModerations preModerations;

    @Inject
    WriteLimits writeLimits;

    @Inject
    jakarta.enterprise.event.Event<Commented> commented;

    @Inject
    jakarta.enterprise.event.Event<Thanked> thanked;

    @Transactional
    public Comment comment(Viewer viewer, long postId, Long parentId,
                           @NotBlank(message = "{comment.body.blank}") @Size(max = Comment.BODY_MAX, message = "{comment.body.size}") String body) {
        var post = postAccess.visible(viewer, postId);
        PostAccess.requireOpen(post);
        if (post.commentsLocked()) {
            throw new Conflict("Comments on this post are locked by its network's moderators");
        }
        var me = profiles.find(viewer.username());
        sanctions.requireMayWrite(me, post.network());
        Comment parent = null;
        if (parentId != null) {
            parent = posts.comment(parentId).filter(c -> c.post().id().equals(post.id()))
                    .orElseThrow(() -> new NotFound("No comment " + parentId + " on this post"));
            parent.requireNotDeleted();
        }
        writeLimits.spend(viewer.username());
        var comment = Comment.on(post, me, parent, body.strip(), clock.instant());
        boolean held = preModerations.holds(viewer, post.network(), ContentKind.COMMENT, () -> posts.commentsShownBy(me, post.network()));
        if (held) {
            comment.hold();
        }
        posts.store(comment);
        if (held) {
            posts.flush();
            preModerations.held(PostModeration.item(comment));
        } else {
            posts.countComments(post, 1);
        }
        changed(post);
        if (!held) { // a comment waiting for a moderator is announced when released
            commented.fire(new Commented(comment, org.guildhall.text.Markdown.mentions(comment.body())));
        }
        return comment;
    }

    @Transactional
    public Comment editComment(Viewer viewer, long commentId,
                               @NotBlank(message = "{comment.body.blank}") @Size(max = Comment.BODY_MAX, message = "{comment.body.size}") String body) {
        var comment = visibleComment(viewer, commentId);
        if (!viewer.is(comment.author().username())) {
            throw new Forbidden("Only its author can edit a comment");
        }
        sanctions.requireMayWrite(comment.author(), comment.post().network());
        comment.edit(body.strip(), clock.instant());
        changed(comment.post());
        return comment;
    }

    @Transactional
    public void deleteComment(Viewer viewer, long commentId) {
        var comment = visibleComment(viewer, commentId);
        if (!viewer.is(comment.author().username()) && !postAccess.moderates(viewer, comment.post())) {
            throw new Forbidden("Only its author or a moderator can delete a comment");
        }
        comment.delete(clock.instant());
        posts.countComments(comment.post(), -1);
        changed(comment.post());
    }

    @Transactional
    public Post thank(Viewer viewer, long postId) {
        var post = postAccess.visible(viewer, postId);
        PostAccess.requireOpen(post);
        var me = profiles.find(viewer.username());
        if (post.author().equals(me)) {
            throw new Conflict("You cannot thank your own post");
        }
        if (posts.thanked(me, post)) {
            throw new Conflict("You have already thanked this post");
        }
        posts.store(new Thanks(me, post, null, clock.instant()), "You have already thanked this post");
        posts.countThanks(post);
        changed(post); // thanks are evidence of expertise: the post's contributions are indexed again
        thanked.fire(new Thanked(me, post, null));
        return post;
    }

    @Transactional
    public Comment thankComment(Viewer viewer, long commentId) {
        var comment = visibleComment(viewer, commentId);
        comment.requireNotDeleted();
        var me = profiles.find(viewer.username());
        if (comment.author().equals(me)) {
            throw new Conflict("You cannot thank your own comment");
        }
        if (posts.thanked(me, comment)) {
            throw new Conflict("You have already thanked this comment");
        }
        posts.store(new Thanks(me, null, comment, clock.instant()), "You have already thanked this comment");
        posts.countThanks(comment);
        changed(comment.post());
        thanked.fire(new Thanked(me, comment.post(), comment));
        return comment;
    }

    private Comment visibleComment(Viewer viewer, long commentId) {
        var comment = posts.comment(commentId).orElseThrow(() -> new NotFound("No comment " + commentId));
        postAccess.requireVisible(viewer, comment.post());
        PostAccess.requireOpen(comment.post());
        return comment;
    }

    private void changed(Post post) {
        posts.flush();
        outbox.append(Blogs.AGGREGATE, post.id());
    }
}
