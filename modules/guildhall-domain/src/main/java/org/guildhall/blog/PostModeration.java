package org.guildhall.blog;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.moderation.ContentKind;
import org.guildhall.moderation.ModeratedContent;
import org.guildhall.moderation.ModeratedItem;
import org.guildhall.network.Network;
import org.guildhall.outbox.Outbox;
import org.guildhall.people.Person;

/** The blog's posts and comments as moderation sees them, and what its decisions do to them. */
@ApplicationScoped
class PostModeration implements ModeratedContent {

    @Inject
    PostRepository posts;

    @Inject
    PostAccess postAccess;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Override
    public Set<ContentKind> kinds() {
        return Set.of(ContentKind.POST, ContentKind.COMMENT);
    }

    @Override
    public Optional<ModeratedItem> find(ContentKind kind, long id) {
        return kind == ContentKind.POST ? posts.find(id).map(PostModeration::item) : posts.comment(id).map(PostModeration::item);
    }

    static ModeratedItem item(Post p) {
        return new ModeratedItem(ContentKind.POST, p.id(), p.network(), p.author(), p.title(), p.body(),
                "/blog/posts/" + p.id(), p.isHidden(), p.isHeld());
    }

    static ModeratedItem item(Comment c) {
        var p = c.post();
        return new ModeratedItem(ContentKind.COMMENT, c.id(), p.network(), c.author(), "Comment on “" + p.title() + "”", c.body(),
                "/blog/posts/" + p.id() + "#comment-" + c.id(), c.isHidden(), c.isHeld());
    }

    @Override
    public boolean readable(Viewer viewer, ContentKind kind, long id) {
        try {
            if (kind == ContentKind.POST) {
                var post = postAccess.visible(viewer, id);
                return post.isPublishedBy(clock.instant());
            }
            var comment = posts.comment(id).orElse(null);
            if (comment == null || !comment.isShown()) {
                return false;
            }
            return postAccess.visible(viewer, comment.post().id()).isPublishedBy(clock.instant());
        } catch (NotFound e) {
            return false;
        }
    }

    @Override
    public void hide(ModeratedItem item, Person moderator, String reason, Instant now) {
        if (item.kind() == ContentKind.POST) {
            changed(post(item), p -> p.hide(reason, now));
        } else {
            var comment = comment(item);
            comment.hide(reason, now);
            changed(comment.post(), p -> { });
        }
    }

    @Override
    public void restore(ModeratedItem item, Instant now) {
        if (item.kind() == ContentKind.POST) {
            changed(post(item), p -> {
                p.unhide();
                if (p.isDeleted()) {
                    p.restore(now);
                }
            });
        } else {
            var comment = comment(item);
            comment.unhide();
            if (comment.isDeleted()) {
                comment.undelete();
                posts.countComments(comment.post(), 1);
            }
            changed(comment.post(), p -> { });
        }
    }

    @Override
    public void delete(ModeratedItem item, Person moderator, String reason, Instant now) {
        if (item.kind() == ContentKind.POST) {
            changed(post(item), p -> {
                p.hide(reason, now);
                if (!p.isDeleted()) {
                    p.delete(now);
                }
            });
        } else {
            var comment = comment(item);
            boolean counted = !comment.isHeld() && !comment.isDeleted();
            comment.hide(reason, now);
            if (!comment.isDeleted()) {
                comment.delete(now);
            }
            if (counted) {
                posts.countComments(comment.post(), -1);
            }
            changed(comment.post(), p -> { });
        }
    }

    @Override
    public void correct(ModeratedItem item, String text, Instant now) {
        if (item.kind() == ContentKind.POST) {
            changed(post(item), p -> p.correct(text, now));
        } else {
            var comment = comment(item);
            comment.correct(text);
            changed(comment.post(), p -> { });
        }
    }

    @Inject
    jakarta.enterprise.event.Event<PostPublished> published;

    @Inject
    jakarta.enterprise.event.Event<Commented> commented;

    /** Approves a held item, and announces it then, as if it had just been written. */
    @Override
    public void release(ModeratedItem item, Instant now) {
        if (item.kind() == ContentKind.POST) {
            var post = post(item);
            boolean wasHeld = post.isHeld();
            changed(post, p -> p.release(now));
            if (wasHeld && post.status() == PostStatus.PUBLISHED && post.publishAt() != null) {
                published.fire(new PostPublished(post, org.guildhall.text.Markdown.mentions(post.body()), true));
            }
        } else {
            var comment = comment(item);
            if (comment.isHeld()) {
                comment.release();
                posts.countComments(comment.post(), 1);
                commented.fire(new Commented(comment, org.guildhall.text.Markdown.mentions(comment.body())));
            }
            changed(comment.post(), p -> { });
        }
    }

    @Override
    public long contributions(ContentKind kind, Person author, Network network) {
        return posts.shownBy(author, network);
    }

    private Post post(ModeratedItem item) {
        return posts.find(item.id()).orElseThrow(() -> new NotFound("No post " + item.id()));
    }

    private Comment comment(ModeratedItem item) {
        return posts.comment(item.id()).orElseThrow(() -> new NotFound("No comment " + item.id()));
    }

    private void changed(Post post, java.util.function.Consumer<Post> change) {
        change.accept(post);
        posts.flush();
        outbox.append(Blogs.AGGREGATE, post.id());
    }
}
