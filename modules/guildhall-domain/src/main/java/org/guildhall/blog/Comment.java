package org.guildhall.blog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import org.guildhall.access.Conflict;
import org.guildhall.access.InvalidField;
import org.guildhall.people.Person;
import org.guildhall.text.Markdown;
import org.guildhall.text.Rendered;

/**
 * A comment on a post, or a reply to a top-level comment (one level deep). Rendered once when
 * written; its thanks count is an atomic counter outside the version (see {@link PostRepository}).
 */
@Entity
@DynamicUpdate
@Table(name = "post_comment")
public class Comment {

    public static final int BODY_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_comment_seq")
    @SequenceGenerator(name = "post_comment_seq", sequenceName = "post_comment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Person author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Comment parent;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "body_html", nullable = false, length = Post.HTML_MAX)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = BODY_MAX)
    private String bodyText;

    @Column(name = "render_version", nullable = false)
    private int renderVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "thanks_count", nullable = false)
    private int thanksCount;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason", length = 1000)
    private String hiddenReason;

    @Column(nullable = false)
    private boolean held;

    @Version
    private long version;

    protected Comment() {
    }

    static Comment on(Post post, Person author, Comment parent, String body, Instant now) {
        if (parent != null && parent.parent != null) {
            throw new Conflict("Replies go one level deep: reply to the comment above instead");
        }
        var comment = new Comment();
        comment.post = post;
        comment.author = author;
        comment.parent = parent;
        comment.body = body;
        comment.rendered(Markdown.render(body));
        comment.createdAt = now;
        return comment;
    }

    void edit(String newBody, Instant now) {
        requireNotDeleted();
        body = newBody;
        rendered(Markdown.render(newBody));
        editedAt = now;
    }

    void delete(Instant now) {
        requireNotDeleted();
        deletedAt = now;
    }

    void rendered(Rendered rendering) {
        if (rendering.html().length() > Post.HTML_MAX) {
            throw new InvalidField("body", "This comment is too long once formatted: shorten it.");
        }
        bodyHtml = rendering.html();
        bodyText = rendering.text();
        renderVersion = rendering.version();
    }

    void requireNotDeleted() {
        if (deletedAt != null) {
            throw new Conflict("This comment was deleted");
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    void undelete() { deletedAt = null; }

    void hold() { held = true; }
    void release() { held = false; }

    void hide(String reason, Instant now) {
        hiddenAt = now;
        hiddenReason = reason;
        held = false;
    }

    void unhide() {
        hiddenAt = null;
        hiddenReason = null;
    }

    /** A moderator's correction: the comment stays its author's. */
    void correct(String newBody) {
        body = newBody;
        rendered(Markdown.render(newBody));
    }

    /** What every reader of the post sees: neither deleted, hidden by a moderator nor waiting for one. */
    public boolean isShown() {
        return deletedAt == null && hiddenAt == null && !held;
    }

    public boolean isHidden() { return hiddenAt != null; }
    public boolean isHeld() { return held; }
    public String hiddenReason() { return hiddenReason; }

    public Long id() { return id; }
    public Post post() { return post; }
    public Person author() { return author; }
    public Comment parent() { return parent; }
    public String body() { return body; }
    public String html() { return bodyHtml; }
    public String text() { return bodyText; }
    public Instant deletedAt() { return deletedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant editedAt() { return editedAt; }
    public int thanksCount() { return thanksCount; }
    public long version() { return version; }
}
