package org.guildhall.blog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.network.Membership;
import org.guildhall.network.NetworkRepository;
import org.guildhall.network.Networks;
import org.guildhall.outbox.Outbox;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;

/**
 * Blogs: writing, scheduling, editing and deleting posts; comments with one level of replies;
 * thanks. Who may read a post is the {@link AccessPolicy}'s decision, applied here for single
 * posts and in {@link PostRepository#published} for lists.
 */
@ApplicationScoped
public class Blogs {

    public static final String AGGREGATE = "post";

    @Inject
    PostRepository posts;

    @Inject
    NetworkRepository networks;

    @Inject
    Networks networkService;

    @Inject
    Profiles profiles;

    @Inject
    AccessPolicy access;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** A post as one reader sees it, with what they may do. */
    public record Reading(Post post, boolean canEdit, boolean canModerate, List<Comment> comments,
                          List<Person> thankers, boolean thankedByMe, List<Long> commentsThankedByMe,
                          Map<Long, List<Person>> commentThankers) {
    }

    // ---- writing ----------------------------------------------------------------------------

    @Transactional
    public Post write(Viewer viewer, @Valid PostDraft draft) {
        var author = profiles.find(viewer.username());
        var network = draft.network() == null ? null : postableNetwork(viewer, draft.network());
        requireFuture(draft);
        var post = Post.write(author, network, draft, clock.instant());
        posts.store(post);
        changed(post);
        return post;
    }

    /**
     * The author edits; {@code version} is the one they started from, so a change made meanwhile
     * (in another tab, or by a moderator) is reported with both versions instead of lost.
     */
    @Transactional
    public Post edit(Viewer viewer, long id, @Valid PostDraft draft, Long version) {
        var post = find(id);
        if (!viewer.is(post.author().username())) {
            requireVisible(viewer, post);
            throw new Forbidden("Only the author can edit this post");
        }
        if (post.isDeleted()) {
            throw new Conflict("This post is deleted; restore it before editing");
        }
        if (version != null && version != post.version()) {
            throw new StalePost(post, draft);
        }
        if (draft.publishing() == PostDraft.Publishing.SCHEDULE && !post.isScheduled(clock.instant())
                && post.isPublishedBy(clock.instant())) {
            throw new InvalidPost("publishAt", "This post is already published; it cannot be scheduled again.");
        }
        requireFuture(draft);
        post.apply(draft, clock.instant());
        changed(post);
        return post;
    }

    /** Soft delete by the author or the network's moderators; recoverable for 30 days. */
    @Transactional
    public Post delete(Viewer viewer, long id) {
        var post = find(id);
        requireVisible(viewer, post);
        requireAuthorOrModerator(viewer, post);
        post.delete(clock.instant());
        changed(post);
        return post;
    }

    @Transactional
    public Post restore(Viewer viewer, long id) {
        var post = find(id);
        if (!viewer.is(post.author().username()) && !moderates(viewer, post)) {
            throw new NotFound("No post " + id);
        }
        post.restore(clock.instant());
        changed(post);
        return post;
    }

    // ---- reading ----------------------------------------------------------------------------

    @Transactional
    public Reading read(Viewer viewer, long id) {
        var post = find(id);
        requireVisible(viewer, post);
        var me = profiles.find(viewer.username());
        return new Reading(post, viewer.is(post.author().username()) && !post.isDeleted(), moderates(viewer, post),
                posts.comments(post), posts.thankers(post), posts.thanked(me, post), posts.commentsThankedBy(me, post),
                posts.commentThankers(post));
    }

    @Transactional
    public Page<Post> latest(Viewer viewer, int page, int size) {
        return list(viewer, PostRepository.Filter.LATEST, page, size);
    }

    @Transactional
    public Page<Post> networkBlog(Viewer viewer, String slug, int page, int size) {
        var visit = networkService.requireContent(viewer, slug);
        return list(viewer, new PostRepository.Filter(visit.network().id(), null, null), page, size);
    }

    @Transactional
    public Page<Post> personalBlog(Viewer viewer, String username, int page, int size) {
        var author = profiles.find(username);
        access.requireCanSee(viewer, author);
        return list(viewer, new PostRepository.Filter(null, author.id(), null), page, size);
    }

    @Transactional
    public Page<Post> tagged(Viewer viewer, String tag, int page, int size) {
        var normal = PostDraft.normaliseTags(List.of(tag));
        return normal.isEmpty() ? new Page<>(List.of(), 0, page, size)
                : list(viewer, new PostRepository.Filter(null, null, normal.get(0)), page, size);
    }

    /** My drafts, scheduled posts and recoverable deleted posts. */
    @Transactional
    public List<Post> myUnpublished(Viewer viewer) {
        return posts.unpublished(profiles.find(viewer.username()), clock.instant());
    }

    /** Tags to suggest while typing, only from posts the viewer may read. */
    @Transactional
    public List<String> tagSuggestions(Viewer viewer, String prefix) {
        var normal = PostDraft.normaliseTags(List.of(prefix == null ? "" : prefix));
        return normal.isEmpty() || !access.canSeeDirectory(viewer) ? List.of()
                : posts.tagsStartingWith(normal.get(0), viewer.username(), viewer.isAdmin(), clock.instant(), 10);
    }

    private Page<Post> list(Viewer viewer, PostRepository.Filter filter, int page, int size) {
        if (!access.canSeeDirectory(viewer)) {
            return new Page<>(List.of(), 0, page, size);
        }
        return posts.published(filter, viewer.username(), viewer.isAdmin(), clock.instant(), page, size);
    }

    // ---- comments and thanks ----------------------------------------------------------------

    @Transactional
    public Comment comment(Viewer viewer, long postId, Long parentId,
                           @NotBlank(message = "{comment.body.blank}") @Size(max = Comment.BODY_MAX, message = "{comment.body.size}") String body) {
        var post = find(postId);
        requireVisible(viewer, post);
        requireOpen(post);
        Comment parent = null;
        if (parentId != null) {
            parent = posts.comment(parentId).filter(c -> c.post().id().equals(post.id()))
                    .orElseThrow(() -> new NotFound("No comment " + parentId + " on this post"));
            parent.requireNotDeleted();
        }
        var comment = Comment.on(post, profiles.find(viewer.username()), parent, body.strip(), clock.instant());
        posts.store(comment);
        post.commented(1);
        changed(post);
        return comment;
    }

    @Transactional
    public Comment editComment(Viewer viewer, long commentId,
                               @NotBlank(message = "{comment.body.blank}") @Size(max = Comment.BODY_MAX, message = "{comment.body.size}") String body) {
        var comment = visibleComment(viewer, commentId);
        if (!viewer.is(comment.author().username())) {
            throw new Forbidden("Only its author can edit a comment");
        }
        comment.edit(body.strip(), clock.instant());
        changed(comment.post());
        return comment;
    }

    @Transactional
    public void deleteComment(Viewer viewer, long commentId) {
        var comment = visibleComment(viewer, commentId);
        if (!viewer.is(comment.author().username()) && !moderates(viewer, comment.post())) {
            throw new Forbidden("Only its author or a moderator can delete a comment");
        }
        comment.delete(clock.instant());
        comment.post().commented(-1);
        changed(comment.post());
    }

    @Transactional
    public Post thank(Viewer viewer, long postId) {
        var post = find(postId);
        requireVisible(viewer, post);
        requireOpen(post);
        var me = profiles.find(viewer.username());
        if (post.author().equals(me)) {
            throw new Conflict("You cannot thank your own post");
        }
        if (posts.thanked(me, post)) {
            throw new Conflict("You have already thanked this post");
        }
        posts.store(new Thanks(me, post, null, clock.instant()));
        post.thanked();
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
        posts.store(new Thanks(me, null, comment, clock.instant()));
        comment.thanked();
        return comment;
    }

    // ---- rules ------------------------------------------------------------------------------

    private Post find(long id) {
        return posts.find(id).orElseThrow(() -> new NotFound("No post " + id));
    }

    private Comment visibleComment(Viewer viewer, long commentId) {
        var comment = posts.comment(commentId).orElseThrow(() -> new NotFound("No comment " + commentId));
        requireVisible(viewer, comment.post());
        requireOpen(comment.post());
        return comment;
    }

    /** Drafts, scheduled and deleted posts are their author's alone (moderators see deleted ones to restore). */
    private void requireVisible(Viewer viewer, Post post) {
        var now = clock.instant();
        boolean author = viewer.is(post.author().username());
        boolean visible = post.isPublishedBy(now) || author || (post.isDeleted() && moderates(viewer, post));
        if (!visible || !access.canReadPost(viewer, post.network(), membership(viewer, post))) {
            throw new NotFound("No post " + post.id());
        }
    }

    private static void requireOpen(Post post) {
        if (post.isDeleted()) {
            throw new Conflict("This post was deleted");
        }
    }

    private void requireAuthorOrModerator(Viewer viewer, Post post) {
        if (!viewer.is(post.author().username()) && !moderates(viewer, post)) {
            throw new Forbidden("Only the author or the network's moderators can delete this post");
        }
    }

    private boolean moderates(Viewer viewer, Post post) {
        return post.network() == null ? viewer.isAdmin() : access.canModerate(viewer, membership(viewer, post));
    }

    private Optional<Membership> membership(Viewer viewer, Post post) {
        return post.network() == null ? Optional.empty() : networks.membership(post.network(), viewer.username());
    }

    private org.guildhall.network.Network postableNetwork(Viewer viewer, String slug) {
        var visit = networkService.visit(viewer, slug);
        if (!access.canPost(viewer, visit.network(), visit.mine())) {
            throw new Forbidden(visit.network().isModeratorsPost()
                    ? "Only the owners and moderators of " + visit.network().name() + " write in its blog"
                    : "Join " + visit.network().name() + " to write in its blog");
        }
        return visit.network();
    }

    private void requireFuture(PostDraft draft) {
        if (draft.publishing() == PostDraft.Publishing.SCHEDULE && !draft.publishAt().isAfter(clock.instant())) {
            throw new InvalidPost("publishAt", "Choose a time in the future to schedule a post.");
        }
    }

    private void changed(Post post) {
        posts.flush();
        outbox.append(AGGREGATE, post.id());
    }
}
