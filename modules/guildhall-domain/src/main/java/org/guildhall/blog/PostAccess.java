package org.guildhall.blog;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Conflict;
import org.guildhall.access.NotFound;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.network.Membership;
import org.guildhall.network.NetworkRepository;

/**
 * Who may see and moderate one post. A published post is read by its network's audience (every
 * employee for a personal post); drafts and scheduled posts by their author; deleted posts by
 * their author and the network's moderators, who may restore them.
 */
@ApplicationScoped
class PostAccess {

    @Inject
    PostRepository posts;

    @Inject
    NetworkRepository networks;

    @Inject
    AccessPolicy access;

    @Inject
    Clock clock;

    Post find(long id) {
        return posts.find(id).orElseThrow(() -> new NotFound("No post " + id));
    }

    /** The post, when the viewer may see it; {@link NotFound} otherwise. */
    Post visible(Viewer viewer, long id) {
        var post = find(id);
        requireVisible(viewer, post);
        return post;
    }

    void requireVisible(Viewer viewer, Post post) {
        var mine = membership(viewer, post);
        boolean author = viewer.is(post.author().username());
        boolean published = post.isPublishedBy(clock.instant());
        boolean readable = access.canRead(Readers.about(viewer, mine), post.network());
        boolean visible = (author && !published)
                || (readable && (published || ((post.isDeleted() || post.isWithdrawn()) && moderates(viewer, post, mine))));
        if (!visible) {
            throw new NotFound("No post " + post.id());
        }
    }

    boolean moderates(Viewer viewer, Post post) {
        return moderates(viewer, post, membership(viewer, post));
    }

    static void requireOpen(Post post) {
        if (post.isDeleted()) {
            throw new Conflict("This post was deleted");
        }
        if (post.isHidden()) {
            throw new Conflict("This post was hidden by a moderator");
        }
        if (post.isHeld()) {
            throw new Conflict("This post is waiting for a moderator's approval");
        }
    }

    private boolean moderates(Viewer viewer, Post post, Optional<Membership> mine) {
        return post.network() == null ? viewer.isAdmin() : access.canModerate(viewer, mine);
    }

    Optional<Membership> membership(Viewer viewer, Post post) {
        return post.network() == null ? Optional.empty() : networks.membership(post.network(), viewer.username());
    }
}
