package org.guildhall.wiki;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.DeltaType;

import org.guildhall.people.Person;

/**
 * One save of a page, kept whole (full text, never a delta: any revision opens, compares and
 * restores without replaying others). Immutable. Lists of revisions read {@link RevisionSummary}
 * projections, never the bodies.
 */
@Entity
@Table(name = "wiki_revision")
public class WikiRevision {

    static final int ADDED_MAX = 20_000;
    static final int DIFF_LINES_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wiki_revision_seq")
    @SequenceGenerator(name = "wiki_revision_seq", sequenceName = "wiki_revision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id")
    private WikiPage page;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = PageDraft.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = PageDraft.BODY_MAX)
    private String body;

    @Column(nullable = false, length = 1000)
    private String tags;

    @Column(length = PageDraft.SUMMARY_MAX)
    private String summary;

    @Column(nullable = false)
    private boolean minor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Person author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "size_chars", nullable = false)
    private int sizeChars;

    @Column(name = "delta_chars", nullable = false)
    private int deltaChars;

    @Column(name = "reverted_to")
    private Integer revertedTo;

    @Column(name = "added_text", nullable = false, length = ADDED_MAX)
    private String addedText;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason", length = 1000)
    private String hiddenReason;

    protected WikiRevision() {
    }

    WikiRevision(WikiPage page, int number, PageDraft draft, Person author, Instant at, String previousBody, Integer revertedTo) {
        this.page = page;
        this.number = number;
        this.title = draft.title();
        this.body = draft.body();
        this.tags = String.join(",", draft.tags());
        this.summary = draft.summary();
        this.minor = draft.minor();
        this.author = author;
        this.createdAt = at;
        this.sizeChars = body.length();
        this.deltaChars = body.length() - previousBody.length();
        this.revertedTo = revertedTo;
        this.addedText = added(previousBody, body);
    }

    /** The lines this revision wrote (new or changed), which is what it says about its author's knowledge. */
    static String added(String before, String after) {
        var old = Arrays.asList(before.split("\n", -1));
        var now = Arrays.asList(after.split("\n", -1));
        if (old.size() + now.size() > DIFF_LINES_MAX) {
            // A diff of thousands of short lines each way could take seconds: count the new text as written.
            return after.length() > ADDED_MAX ? after.substring(0, ADDED_MAX) : after;
        }
        var patch = DiffUtils.diff(old, now);
        var out = new StringBuilder();
        for (var delta : patch.getDeltas()) {
            if (delta.getType() == DeltaType.DELETE) {
                continue;
            }
            for (var line : delta.getTarget().getLines()) {
                if (out.length() + line.length() + 1 > ADDED_MAX) {
                    return out.toString();
                }
                out.append(line).append('\n');
            }
        }
        return out.toString().strip();
    }

    void hide(String reason, Instant now) {
        hiddenAt = now;
        hiddenReason = reason;
    }

    void unhide() {
        hiddenAt = null;
        hiddenReason = null;
    }

    public boolean isHidden() { return hiddenAt != null; }
    public String hiddenReason() { return hiddenReason; }
    public Long id() { return id; }
    public WikiPage page() { return page; }
    public int number() { return number; }
    public String title() { return title; }
    public String body() { return body; }
    public List<String> tags() { return tags.isEmpty() ? List.of() : List.of(tags.split(",")); }
    public String summary() { return summary; }
    public boolean isMinor() { return minor; }
    public Person author() { return author; }
    public Instant createdAt() { return createdAt; }
    public Integer revertedTo() { return revertedTo; }
    public String addedText() { return addedText; }
}
