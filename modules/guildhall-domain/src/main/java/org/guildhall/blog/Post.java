package org.guildhall.blog;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import org.guildhall.access.Conflict;
import org.guildhall.network.Network;
import org.guildhall.people.Person;
import org.guildhall.text.Markdown;
import org.guildhall.text.Rendered;

/**
 * A blog post: in a network's blog, or its author's personal blog when {@code network} is null.
 * Published posts with a future {@code publishAt} are scheduled; deleted ones are recoverable for
 * {@link #RECOVERABLE}.
 *
 * <p>The body is rendered once, when it is written: lists, pages, feeds and search read the
 * stored HTML, text and excerpt. Comment and thanks counts are kept by {@link PostRepository}
 * with atomic updates that leave the version alone, so a comment never makes the author's edit
 * in progress stale.
 */
@Entity
@DynamicUpdate
@Table(name = "post")
public class Post {

    public static final Duration RECOVERABLE = Duration.ofDays(30);
    /** Sanitised HTML may be longer than its Markdown (entities, attributes). */
    static final int HTML_MAX = 300_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Person author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;

    @Column(nullable = false, length = PostDraft.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = PostDraft.BODY_MAX)
    private String body;

    @Column(name = "body_html", nullable = false, length = HTML_MAX)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = PostDraft.BODY_MAX)
    private String bodyText;

    @Column(nullable = false, length = 400)
    private String excerpt;

    @Column(name = "reading_minutes", nullable = false)
    private int readingMinutes;

    @Column(name = "render_version", nullable = false)
    private int renderVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "tag", length = PostDraft.TAG_MAX)
    @OrderBy
    private Set<String> tags = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PostStatus status;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "comment_count", nullable = false)
    private int commentCount;

    @Column(name = "thanks_count", nullable = false)
    private int thanksCount;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason", length = 1000)
    private String hiddenReason;

    @Column(nullable = false)
    private boolean held;

    @Column(name = "pinned_at")
    private Instant pinnedAt;

    @Column(name = "featured_at")
    private Instant featuredAt;

    @Column(name = "comments_locked", nullable = false)
    private boolean commentsLocked;

    @Version
    private long version;

    protected Post() {
    }

    static Post write(Person author, Network network, PostDraft draft, Instant now) {
        var post = new Post();
        post.author = author;
        post.network = network;
        post.createdAt = now;
        post.status = PostStatus.DRAFT;
        post.apply(draft, now);
        return post;
    }

    /** A post brought from another platform: published when it was there, by its original author. */
    static Post imported(Person author, Network network, PostDraft draft, Instant publishedAt, Instant editedAt) {
        var post = write(author, network, draft, publishedAt);
        post.editedAt = editedAt;
        post.updatedAt = editedAt != null ? editedAt : publishedAt;
        return post;
    }

    /** Takes the draft's text and its publishing choice; editing a published post marks it edited. */
    void apply(PostDraft draft, Instant now) {
        if (isPublishedBy(now)) {
            editedAt = now;
        }
        title = draft.title();
        if (!draft.body().equals(body)) {
            body = draft.body();
            rendered(Markdown.render(body));
        }
        tags.clear();
        tags.addAll(draft.tags());
        switch (draft.publishing()) {
            case DRAFT -> {
                if (status != PostStatus.PUBLISHED) {
                    publishAt = null;
                }
            }
            case NOW -> publish(publishAt != null && status == PostStatus.PUBLISHED && !publishAt.isAfter(now) ? publishAt : now);
            case SCHEDULE -> publish(draft.publishAt());
        }
        updatedAt = now;
    }

    private void publish(Instant at) {
        status = PostStatus.PUBLISHED;
        publishAt = at;
    }

    void delete(Instant now) {
        if (deletedAt != null) {
            throw new Conflict("This post is already deleted");
        }
        deletedAt = now;
        updatedAt = now;
    }

    void restore(Instant now) {
        if (deletedAt == null) {
            throw new Conflict("This post is not deleted");
        }
        if (deletedAt.plus(RECOVERABLE).isBefore(now)) {
            throw new Conflict("This post was deleted more than 30 days ago and can no longer be restored");
        }
        deletedAt = null;
        updatedAt = now;
    }

    /** Stores a rendering of the current body (a new renderer's output for old text, too). */
    void rendered(Rendered rendering) {
        if (rendering.html().length() > HTML_MAX) {
            throw new InvalidPost("body", "This post is too long once formatted (tables and mentions add a lot): shorten it.");
        }
        bodyHtml = rendering.html();
        bodyText = rendering.text();
        excerpt = rendering.excerpt();
        readingMinutes = rendering.minutes();
        renderVersion = rendering.version();
    }

    // ---- moderation -------------------------------------------------------------------------

    /** Waits for a moderator's approval before readers see it (pre-moderation). */
    void hold() {
        held = true;
    }

    /** Approved: readers see it from now on (it was waiting, so it appears as new). */
    void release(Instant now) {
        if (held && publishAt != null && publishAt.isBefore(now)) {
            publishAt = now;
        }
        held = false;
    }

    void hide(String reason, Instant now) {
        hiddenAt = now;
        hiddenReason = reason;
        held = false;
    }

    void unhide() {
        hiddenAt = null;
        hiddenReason = null;
    }

    /** A moderator's correction of the text; the post stays its author's, and is not marked edited by them. */
    void correct(String newBody, Instant now) {
        body = newBody;
        rendered(Markdown.render(newBody));
        updatedAt = now;
    }

    void pin(Instant now) { pinnedAt = now; }
    void unpin() { pinnedAt = null; }
    void feature(Instant now) { featuredAt = now; }
    void unfeature() { featuredAt = null; }
    void lockComments(boolean locked) { commentsLocked = locked; }

    /** Readers see it: published, due, not deleted, neither hidden by a moderator nor waiting for one. */
    public boolean isPublishedBy(Instant now) {
        return status == PostStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now) && deletedAt == null
                && !isWithdrawn();
    }

    /** Hidden by a moderator or held for approval: out of lists, search and evidence, but recoverable. */
    public boolean isWithdrawn() {
        return hiddenAt != null || held;
    }

    public boolean isScheduled(Instant now) {
        return status == PostStatus.PUBLISHED && publishAt != null && publishAt.isAfter(now);
    }

    public boolean isDraft() {
        return status == PostStatus.DRAFT;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Long id() { return id; }
    public Person author() { return author; }
    public Network network() { return network; }
    public String title() { return title; }
    public String body() { return body; }
    public String html() { return bodyHtml; }
    public String text() { return bodyText; }
    public String excerpt() { return excerpt; }
    public int readingMinutes() { return readingMinutes; }
    public List<String> tags() { return tags.stream().sorted().toList(); }
    public PostStatus status() { return status; }
    public Instant publishAt() { return publishAt; }
    public Instant editedAt() { return editedAt; }
    public Instant deletedAt() { return deletedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int commentCount() { return commentCount; }
    public int thanksCount() { return thanksCount; }
    public long version() { return version; }
    public Instant hiddenAt() { return hiddenAt; }
    public String hiddenReason() { return hiddenReason; }
    public boolean isHidden() { return hiddenAt != null; }
    public boolean isHeld() { return held; }
    public Instant pinnedAt() { return pinnedAt; }
    public boolean isPinned() { return pinnedAt != null; }
    public Instant featuredAt() { return featuredAt; }
    public boolean isFeatured() { return featuredAt != null; }
    public boolean commentsLocked() { return commentsLocked; }
}
