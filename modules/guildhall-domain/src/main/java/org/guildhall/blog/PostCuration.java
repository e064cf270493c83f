package org.guildhall.blog;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;
import org.guildhall.moderation.AuditAction;
import org.guildhall.moderation.AuditLog;
import org.guildhall.moderation.ContentKind;

/**
 * A network's moderators pin posts to the top of its blog and home, feature them on its home, and
 * lock a post's comments; each change is in the moderation audit log.
 */
@ApplicationScoped
public class PostCuration {

    @Inject
    PostAccess postAccess;

    @Inject
    PostRepository posts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public Post pin(Viewer viewer, long id, boolean pinned) {
        var post = curated(viewer, id);
        if (post.isPinned() == pinned) {
            return post;
        }
        if (pinned) {
            post.pin(clock.instant());
        } else {
            post.unpin();
        }
        logged(viewer, post, pinned ? AuditAction.PIN : AuditAction.UNPIN);
        return post;
    }

    @Transactional
    public Post feature(Viewer viewer, long id, boolean featured) {
        var post = curated(viewer, id);
        if (post.isFeatured() == featured) {
            return post;
        }
        if (featured) {
            post.feature(clock.instant());
        } else {
            post.unfeature();
        }
        logged(viewer, post, featured ? AuditAction.FEATURE : AuditAction.UNFEATURE);
        return post;
    }

    @Transactional
    public Post lockComments(Viewer viewer, long id, boolean locked) {
        var post = curated(viewer, id);
        if (post.commentsLocked() == locked) {
            return post;
        }
        post.lockComments(locked);
        logged(viewer, post, locked ? AuditAction.LOCK : AuditAction.UNLOCK);
        return post;
    }

    /** A published post in a network the viewer moderates. */
    private Post curated(Viewer viewer, long id) {
        var post = postAccess.visible(viewer, id);
        if (post.network() == null) {
            throw new Conflict("Only posts in a network are pinned, featured or locked");
        }
        if (!postAccess.moderates(viewer, post)) {
            throw new Forbidden("Only the owners and moderators of " + post.network().name() + " pin, feature or lock posts");
        }
        if (!post.isPublishedBy(clock.instant())) {
            throw new Conflict("Only a published post that readers see can be pinned, featured or locked");
        }
        return post;
    }

    private void logged(Viewer viewer, Post post, AuditAction action) {
        posts.flush();
        audit.record(viewer, post.network(), new AuditLog.Act(action, ContentKind.POST, post.id(), post.author(), null, null,
                null, post.title()));
    }
}
