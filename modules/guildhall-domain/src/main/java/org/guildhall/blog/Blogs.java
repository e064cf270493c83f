package org.guildhall.blog;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkStatus;
import org.guildhall.network.NetworkVisits;
import org.guildhall.outbox.Outbox;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;
import org.guildhall.network.Visit;
import org.guildhall.moderation.ContentKind;
import org.guildhall.moderation.PreModerations;
import org.guildhall.moderation.Sanctions;
import org.guildhall.moderation.WriteLimits;

/**
 * Blog posts: writing, scheduling, editing, deleting, and reading them one by one or in lists.
 * Who may read a post is its network's audience ({@link PostAccess} for one post, the same
 * audience as a query in {@link PostRepository#published} for lists). Comments and thanks are
 * {@link Discussion}'s.
 */
@ApplicationScoped
public class Blogs {

    /** The post index's outbox aggregate. */
    public static final String AGGREGATE = "post";
    /** "Every post of this network needs re-indexing": its audience changed. */
    public static final String NETWORK_POSTS = "network-posts";

    @Inject
    PostRepository posts;

    @Inject
    PostAccess postAccess;

    @Inject
    NetworkVisits networks;

    @Inject
    Profiles profiles;

    @Inject
    AccessPolicy access;

    @Inject
    Readers readers;

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

    /** A post as one reader sees it, with what they may do. */
    public record Reading(Post post, boolean canEdit, boolean canModerate, List<Comment> comments,
                          List<Person> thankers, boolean thankedByMe, List<Long> commentsThankedByMe,
                          Map<Long, List<Person>> commentThankers) {
    }

    /**
     * The latest posts, narrowed to one of the reader's networks, to all of them, and/or to a tag;
     * with the reader's own unpublished posts and their networks (to choose from) beside them.
     */
    public record Listing(Page<Post> posts, List<Post> mine, List<Network> myNetworks) {
    }

    /** The latest posts' filters, as the reader chose them (blank is no filter). */
    public record LatestQuery(String network, boolean onlyMyNetworks, String tag) {
    }

    // ---- writing ----------------------------------------------------------------------------

    @Inject
    jakarta.enterprise.event.Event<PostPublished> published;

    @Transactional
    public Post write(Viewer viewer, @Valid PostDraft draft) {
        var author = profiles.find(viewer.username());
        var network = draft.network() == null ? null : postableNetwork(viewer, draft.network());
        sanctions.requireMayWrite(author, network);
        requireFuture(draft);
        writeLimits.spend(viewer.username());
        var post = Post.write(author, network, draft, clock.instant());
        boolean held = draft.publishing() != PostDraft.Publishing.DRAFT && holds(viewer, author, network);
        if (held) {
            post.hold();
        }
        posts.store(post);
        changed(post);
        if (held) {
            preModerations.held(PostModeration.item(post));
        }
        announce(post, java.util.Set.of(), true);
        return post;
    }

    /**
     * The author edits, while they may still write where the post lives; {@code version} is the
     * one they started from, so a change made meanwhile (in another tab) is reported with both
     * versions instead of lost.
     */
    @Transactional
    public Post edit(Viewer viewer, long id, @Valid PostDraft draft, Long version) {
        var post = postAccess.find(id);
        if (!viewer.is(post.author().username())) {
            postAccess.requireVisible(viewer, post);
            throw new Forbidden("Only the author can edit this post");
        }
        if (post.isDeleted()) {
            throw new Conflict("This post is deleted; restore it before editing");
        }
        if (post.network() != null) {
            requirePostingRights(viewer, post.network());
        }
        sanctions.requireMayWrite(post.author(), post.network());
        if (version != null && version != post.version()) {
            throw new StalePost(post, draft);
        }
        if (draft.publishing() == PostDraft.Publishing.SCHEDULE && !post.isScheduled(clock.instant())
                && post.isPublishedBy(clock.instant())) {
            throw new InvalidPost("publishAt", "This post is already published; it cannot be scheduled again.");
        }
        requireFuture(draft);
        boolean wasOut = !post.isDraft() && !post.isHeld();
        var mentionedBefore = wasOut ? org.guildhall.text.Markdown.mentions(post.body()) : java.util.Set.<String>of();
        boolean firstPublished = post.isDraft() && draft.publishing() != PostDraft.Publishing.DRAFT
                && holds(viewer, post.author(), post.network());
        post.apply(draft, clock.instant());
        if (firstPublished) {
            post.hold();
        }
        changed(post);
        if (firstPublished) {
            preModerations.held(PostModeration.item(post));
        }
        announce(post, mentionedBefore, !wasOut);
        return post;
    }

    /**
     * Tells following, the stream, notifications and webhooks about a post that is (or will be)
     * published; a post waiting for a moderator is announced when it is released instead.
     */
    private void announce(Post post, java.util.Set<String> mentionedBefore, boolean first) {
        if (post.status() == PostStatus.PUBLISHED && post.publishAt() != null && !post.isHeld()) {
            var mentioned = new java.util.LinkedHashSet<>(org.guildhall.text.Markdown.mentions(post.body()));
            mentioned.removeAll(mentionedBefore);
            published.fire(new PostPublished(post, mentioned, first));
        }
    }

    /** Whether the network's pre-moderation keeps this author's new post waiting for a moderator. */
    private boolean holds(Viewer viewer, Person author, Network network) {
        return preModerations.holds(viewer, network, ContentKind.POST, () -> posts.postsShownBy(author, network));
    }

    /** Soft delete by the author or the network's moderators; recoverable for 30 days. */
    @Transactional
    public Post delete(Viewer viewer, long id) {
        var post = postAccess.visible(viewer, id);
        if (!viewer.is(post.author().username()) && !postAccess.moderates(viewer, post)) {
            throw new Forbidden("Only the author or the network's moderators can delete this post");
        }
        post.delete(clock.instant());
        changed(post);
        return post;
    }

    @Transactional
    public Post restore(Viewer viewer, long id) {
        var post = postAccess.visible(viewer, id);
        boolean moderates = postAccess.moderates(viewer, post);
        if (!viewer.is(post.author().username()) && !moderates) {
            throw new Forbidden("Only the author or the network's moderators can restore this post");
        }
        if (!moderates && post.network() != null) {
            requirePostingRights(viewer, post.network());
        }
        post.restore(clock.instant());
        changed(post);
        return post;
    }

    // ---- reading ----------------------------------------------------------------------------

    @Transactional
    public Reading read(Viewer viewer, long id) {
        var post = postAccess.visible(viewer, id);
        var me = profiles.find(viewer.username());
        boolean moderates = postAccess.moderates(viewer, post);
        // Comments waiting for approval are their author's and the moderators' to see; hidden ones leave a placeholder.
        var comments = posts.comments(post).stream().filter(c -> !c.isHeld() || moderates || c.author().equals(me)).toList();
        var commentIds = comments.stream().map(Comment::id).toList();
        return new Reading(post, viewer.is(post.author().username()) && !post.isDeleted(), moderates,
                comments, posts.thankers(post), posts.thanked(me, post), posts.commentsThankedBy(me, commentIds),
                posts.commentThankers(commentIds));
    }

    /** Where a post the viewer may see lives (a network, or null for a personal blog), without its comments and thanks. */
    @Transactional
    public Network placeOf(Viewer viewer, long id) {
        return postAccess.visible(viewer, id).network();
    }

    @Transactional
    public Listing latestPage(Viewer viewer, LatestQuery query, int page, int size) {
        Long networkId = null;
        if (query.network() != null && !query.network().isBlank()) {
            networkId = networks.requireContent(viewer, query.network().strip()).network().id();
        }
        var tag = query.tag() == null ? List.<String>of() : PostDraft.normaliseTags(List.of(query.tag()));
        var filter = new PostRepository.Filter(networkId, null, tag.isEmpty() ? null : tag.get(0),
                query.onlyMyNetworks() ? viewer.username() : null);
        return new Listing(list(viewer, filter, page, size), myUnpublished(viewer), posts.networksOf(viewer.username()));
    }

    @Transactional
    public Page<Post> latest(Viewer viewer, int page, int size) {
        return list(viewer, PostRepository.Filter.LATEST, page, size);
    }

    /** A network's blog and the network itself (its name, whether the viewer may write). */
    public record NetworkBlog(Visit visit, Page<Post> posts) {
    }

    @Transactional
    public NetworkBlog networkBlog(Viewer viewer, String slug, int page, int size) {
        var visit = networks.requireContent(viewer, slug);
        return new NetworkBlog(visit, list(viewer, new PostRepository.Filter(visit.network().id(), null, null), page, size));
    }

    /** A person's blog and the person. */
    public record PersonalBlog(Person author, Page<Post> posts) {
    }

    @Transactional
    public PersonalBlog personalBlog(Viewer viewer, String username, int page, int size) {
        var author = profiles.find(username);
        access.requireCanSee(viewer, author);
        return new PersonalBlog(author, list(viewer, new PostRepository.Filter(null, author.id(), null), page, size));
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
                : posts.tagsStartingWith(normal.get(0), readers.of(viewer), clock.instant(), 10);
    }

    private Page<Post> list(Viewer viewer, PostRepository.Filter filter, int page, int size) {
        if (!access.canSeeDirectory(viewer)) {
            return new Page<>(List.of(), 0, page, size);
        }
        return posts.published(filter, readers.of(viewer), clock.instant(), page, size);
    }

    /**
     * Where a new post will go: the network with this slug, checked for the right to write there
     * before anyone starts typing; null for the writer's own blog.
     */
    @Transactional
    public Network placeToWrite(Viewer viewer, String slug) {
        return slug == null || slug.isBlank() ? null : postableNetwork(viewer, slug.strip());
    }

    // ---- rules ------------------------------------------------------------------------------

    private Network postableNetwork(Viewer viewer, String slug) {
        var network = networks.visit(viewer, slug).network();
        requirePostingRights(viewer, network);
        return network;
    }

    /** Writing (and editing) in a network's blog: by its posting policy, while the network is active. */
    private void requirePostingRights(Viewer viewer, Network network) {
        var visit = networks.visit(viewer, network.slug());
        if (network.status() != NetworkStatus.ACTIVE) {
            throw new Conflict(network.name() + " is " + network.status().code() + ": its blog no longer changes");
        }
        if (!access.canPost(viewer, network, visit.mine())) {
            throw new Forbidden(network.isModeratorsPost()
                    ? "Only the owners and moderators of " + network.name() + " write in its blog"
                    : "Join " + network.name() + " to write in its blog");
        }
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
