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

import org.guildhall.access.Conflict;
import org.guildhall.network.Network;
import org.guildhall.people.Person;

/**
 * A blog post: in a network's blog, or its author's personal blog when {@code network} is null.
 * Published posts with a future {@code publishAt} are scheduled; deleted ones are recoverable for
 * {@link #RECOVERABLE}.
 */
@Entity
@Table(name = "post")
public class Post {

    public static final Duration RECOVERABLE = Duration.ofDays(30);

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

    /** Takes the draft's text and its publishing choice; editing a published post marks it edited. */
    void apply(PostDraft draft, Instant now) {
        if (isPublishedBy(now)) {
            editedAt = now;
        }
        title = draft.title();
        body = draft.body();
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

    void commented(int delta) {
        commentCount += delta;
    }

    void thanked() {
        thanksCount++;
    }

    /** Readers see it: published, due, not deleted. */
    public boolean isPublishedBy(Instant now) {
        return status == PostStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now) && deletedAt == null;
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
}
