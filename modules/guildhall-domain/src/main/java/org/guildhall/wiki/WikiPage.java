package org.guildhall.wiki;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

import org.guildhall.access.InvalidField;
import org.guildhall.network.Network;
import org.guildhall.people.Person;
import org.guildhall.text.Markdown;

/**
 * A wiki page: its place in the hierarchy, its current text (a copy of the latest
 * {@link WikiRevision}, rendered once when saved), the pages it links to, and who looks after it.
 * The slug follows the title; the slugs of earlier titles redirect ({@link WikiRedirect}).
 */
@Entity
@DynamicUpdate
@Table(name = "wiki_page")
public class WikiPage {

    public static final int SLUG_MAX = 120;
    static final int HTML_MAX = 400_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wiki_page_seq")
    @SequenceGenerator(name = "wiki_page_seq", sequenceName = "wiki_page_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private WikiPage parent;

    @Column(nullable = false, length = SLUG_MAX)
    private String slug;

    @Column(nullable = false, length = PageDraft.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = PageDraft.BODY_MAX)
    private String body;

    @Column(name = "body_html", nullable = false, length = HTML_MAX)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = PageDraft.BODY_MAX)
    private String bodyText;

    @Column(nullable = false, length = 400)
    private String excerpt;

    @Column(name = "render_version", nullable = false)
    private int renderVersion;

    @Column(nullable = false)
    private boolean restricted;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Column(name = "review_by")
    private LocalDate reviewBy;

    @Column(nullable = false)
    private int revision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by")
    private Person updatedBy;

    @ElementCollection
    @CollectionTable(name = "wiki_page_tag", joinColumns = @JoinColumn(name = "page_id"))
    @Column(name = "tag", length = 40)
    @OrderBy
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "wiki_link", joinColumns = @JoinColumn(name = "page_id"))
    private Set<LinkTarget> links = new LinkedHashSet<>();

    @Version
    private long version;

    protected WikiPage() {
    }

    /** A new, empty page; its first {@link #revise revision} gives it text. */
    static WikiPage create(Network network, WikiPage parent, String title, Person owner, Instant now) {
        var page = new WikiPage();
        page.network = network;
        page.parent = parent;
        page.title = title;
        page.slug = slugOf(title);
        page.owner = owner;
        page.createdAt = now;
        page.body = "";
        return page;
    }

    /** A URL-safe slug that keeps letters of every script: "Onboarding: Día 1" becomes "onboarding-dia-1". */
    public static String slugOf(String title) {
        var slug = Markdown.slug(title);
        return slug.isEmpty() ? "page" : slug;
    }

    /**
     * Makes {@code draft} the current text and returns it as the next revision (the caller stores
     * it). {@code revertedTo} names the revision whose text this restores, if any.
     */
    WikiRevision revise(Person author, PageDraft draft, Integer revertedTo, Instant now) {
        var before = body;
        title = draft.title();
        slug = slugOf(title);
        if (!draft.body().equals(body) || renderVersion != Markdown.VERSION) {
            body = draft.body();
            render();
        }
        tags.clear();
        tags.addAll(draft.tags());
        revision++;
        updatedAt = now;
        updatedBy = author;
        return new WikiRevision(this, revision, draft, author, now, before, revertedTo);
    }

    /** Renders the current text, with links to pages of this wiki by their titles' slugs. */
    void render() {
        var base = "/networks/" + network.slug() + "/wiki/";
        var rendered = Markdown.renderWiki(body, linked -> base + slugOf(linked));
        if (rendered.rendered().html().length() > HTML_MAX) {
            throw new InvalidField("body", "This page is too long once formatted: split it into several pages.");
        }
        bodyHtml = rendered.rendered().html();
        bodyText = rendered.rendered().text();
        excerpt = rendered.rendered().excerpt();
        renderVersion = rendered.rendered().version();
        links.clear();
        var seen = new java.util.HashSet<String>(); // [[C++]] and [[C#]] lead to the same address: one link
        rendered.linkedTitles().stream().map(t -> new LinkTarget(slugOf(t), t))
                .filter(l -> !l.slug().equals(slug) && seen.add(l.slug())).forEach(links::add);
    }

    /** Places the page under {@code newParent} (null for the top level), refusing a cycle. */
    void moveUnder(WikiPage newParent) {
        // Accessors, not fields: an ancestor may be a lazy proxy.
        for (var ancestor = newParent; ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor.id().equals(id)) {
                throw new InvalidField("parent", "A page cannot be placed under itself or one of its own sub-pages.");
            }
        }
        if (newParent != null && !newParent.network().id().equals(network.id())) {
            throw new InvalidField("parent", "A page can only be placed under a page of the same wiki.");
        }
        parent = newParent;
    }

    void restrict(boolean toModerators) {
        restricted = toModerators;
    }

    void lookAfter(Person newOwner, LocalDate newReviewBy) {
        owner = newOwner;
        reviewBy = newReviewBy;
    }

    public boolean isDueForReview(LocalDate today) {
        return reviewBy != null && !reviewBy.isAfter(today);
    }


    public Long id() { return id; }
    public Network network() { return network; }
    public WikiPage parent() { return parent; }
    public String slug() { return slug; }
    public String title() { return title; }
    public String body() { return body; }
    public String html() { return bodyHtml; }
    public String text() { return bodyText; }
    public String excerpt() { return excerpt; }
    public boolean isRestricted() { return restricted; }
    public Person owner() { return owner; }
    public LocalDate reviewBy() { return reviewBy; }
    public int revision() { return revision; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Person updatedBy() { return updatedBy; }
    public List<String> tags() { return tags.stream().sorted().toList(); }
    public Set<LinkTarget> links() { return Set.copyOf(links); }
    public long version() { return version; }
}
