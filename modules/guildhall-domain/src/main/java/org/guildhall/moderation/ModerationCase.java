package org.guildhall.moderation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.guildhall.access.Conflict;
import org.guildhall.network.Network;
import org.guildhall.people.Person;

/**
 * One item in a review queue: reported (by one or more people) or held by pre-moderation, until a
 * moderator decides. While open it holds the item's key, so an item has one open case at a time;
 * the title and excerpt are what the item said when it came in.
 */
@Entity
@Table(name = "moderation_case")
public class ModerationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moderation_case_seq")
    @SequenceGenerator(name = "moderation_case_seq", sequenceName = "moderation_case_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContentKind kind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Person author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Origin origin;

    @Column(name = "open_key", length = 60)
    private String openKey;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 400)
    private String excerpt;

    @Column(nullable = false, length = 500)
    private String link;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Person assignee;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Decision decision;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Person decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Version
    private long version;

    protected ModerationCase() {
    }

    static ModerationCase open(ModeratedItem item, Origin origin, Instant now) {
        var c = new ModerationCase();
        c.network = item.network();
        c.kind = item.kind();
        c.targetId = item.id();
        c.author = item.author();
        c.origin = origin;
        c.openKey = item.key();
        c.title = clip(item.title(), 300);
        c.excerpt = item.excerpt();
        c.link = clip(item.link(), 500);
        c.openedAt = now;
        return c;
    }

    void reported() {
        reportCount++;
    }

    void assign(Person moderator) {
        requireOpen();
        assignee = moderator;
    }

    void decide(Decision decision, String reason, Person moderator, Instant now) {
        requireOpen();
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = moderator;
        this.decidedAt = now;
        this.openKey = null;
    }

    void requireOpen() {
        if (decidedAt != null) {
            throw new Conflict("This case was already decided (" + decision.code() + " by " + decidedBy.displayName()
                    + "); reload the queue to see it");
        }
    }

    private static String clip(String s, int max) {
        var text = s == null || s.isBlank() ? "(untitled)" : s.strip();
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public boolean isOpen() { return decidedAt == null; }
    public Long id() { return id; }
    public Network network() { return network; }
    public ContentKind kind() { return kind; }
    public long targetId() { return targetId; }
    public Person author() { return author; }
    public Origin origin() { return origin; }
    public String title() { return title; }
    public String excerpt() { return excerpt; }
    public String link() { return link; }
    public int reportCount() { return reportCount; }
    public Person assignee() { return assignee; }
    public Decision decision() { return decision; }
    public String decisionReason() { return decisionReason; }
    public Person decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public Instant openedAt() { return openedAt; }
    public long version() { return version; }
}
