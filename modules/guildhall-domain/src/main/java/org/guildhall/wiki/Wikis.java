package org.guildhall.wiki;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.network.Visit;
import org.guildhall.paging.Page;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;
import org.guildhall.text.Markdown;

/**
 * Reading wikis: a page with its place in the hierarchy and its links, history, any revision, the
 * comparison of any two, and what needs attention. Every view first finds the network as the
 * viewer may see it ({@link WikiAccess}), so history, diffs, attachments and backlinks follow the
 * page's audience.
 */
@ApplicationScoped
public class Wikis {

    /** How long an opened editor counts as "editing now". */
    public static final Duration EDITING_WINDOW = Duration.ofMinutes(10);

    @Inject
    WikiAccess access;

    @Inject
    WikiRepository wikis;

    @Inject
    Profiles profiles;

    @Inject
    EditingPresence presence;

    @Inject
    Clock clock;

    // About 16 million characters: a few dozen MB at most.
    private final RecentDiffs diffs = new RecentDiffs(16_000_000);

    /** Where a wiki starts: its home page's slug, or none yet (and whether the viewer may write the first). */
    public record Start(Visit visit, String homeSlug, boolean canCreate) {
    }

    public record PageView(Visit visit, WikiPage page, List<PageRef> trail, List<TreeNode> tree, List<PageRef> children,
                           List<PageRef> backlinks, Set<String> missingLinks, List<AttachmentSummary> attachments,
                           boolean canEdit, boolean canManage, boolean canModerate, boolean wikiRestricted,
                           boolean dueForReview, boolean ownerPresent) {

        /**
         * The stored HTML with links to pages that do not exist yet marked, and, for those who may
         * write them, turned into offers to create them under this page.
         */
        public String html() {
            var html = page.html();
            var base = "/networks/" + visit.network().slug() + "/wiki/";
            for (var link : page.links()) {
                if (missingLinks.contains(link.slug())) {
                    var target = canEdit ? base + "-/new?title=" + encode(link.title()) + "&amp;parent=" + encode(page.slug()) : base + link.slug();
                    // Stored links carry the network's slug when the page was saved; it may have been renamed since.
                    html = html.replaceAll("href=\"/networks/[^/\"]+/wiki/" + java.util.regex.Pattern.quote(link.slug()) + "\"",
                            java.util.regex.Matcher.quoteReplacement("class=\"wiki-missing\" href=\"" + target + "\""));
                }
            }
            return html;
        }

        private static String encode(String text) {
            return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    /** A page in the wiki's tree, with the pages under it. */
    public record TreeNode(PageRef page, List<TreeNode> children) {
    }

    public record History(Visit visit, WikiPage page, Page<RevisionSummary> revisions, boolean canEdit) {
    }

    public record RevisionView(Visit visit, WikiPage page, RevisionSummary revision, String body, String html, boolean canEdit,
                               long revisionId, boolean hidden) {
        public boolean isCurrent() {
            return revision.number() == page.revision();
        }
    }

    public record Comparison(Visit visit, WikiPage page, RevisionDiff diff, boolean canEdit) {
    }

    public record Editing(Visit visit, WikiPage page, List<PageRef> pages, List<Person> othersEditing, boolean canManage) {
    }

    public record Attention(Visit visit, List<WikiPage> due, List<WikiPage> ownerless, boolean canModerate, boolean canManage,
                            boolean hasWiki, boolean wikiRestricted) {
    }

    @Transactional
    public Start start(Viewer viewer, String networkSlug) {
        var place = access.read(viewer, networkSlug);
        var home = place.wiki().map(Wiki::home).map(WikiPage::slug).orElse(null);
        return new Start(place.visit(), home, access.canCreate(viewer, place));
    }

    @Transactional
    public PageView page(Viewer viewer, String networkSlug, String pageSlug) {
        var place = access.read(viewer, networkSlug);
        var page = access.page(viewer, place, pageSlug);
        var refs = wikis.tree(place.visit().network());
        var linked = page.links().stream().map(LinkTarget::slug).toList();
        var existing = wikis.existing(place.visit().network(), linked);
        var names = new ArrayList<>(wikis.redirectsTo(page));
        names.add(page.slug());
        var visit = place.visit();
        return new PageView(visit, page, trail(refs, page.id()), tree(refs), children(refs, page.id()),
                wikis.backlinks(page, names), linked.stream().filter(s -> !existing.contains(s)).collect(Collectors.toSet()),
                wikis.attachments(page), access.canEdit(viewer, place, page), visit.canManage(), visit.canModerate(),
                place.restricted(), page.isDueForReview(today()), wikis.ownerPresent(page));
    }

    /** The wiki's pages, for choosing a parent or a link. */
    @Transactional
    public List<PageRef> pages(Viewer viewer, String networkSlug) {
        return wikis.tree(access.read(viewer, networkSlug).visit().network());
    }

    @Transactional
    public History history(Viewer viewer, String networkSlug, String pageSlug, int number, int size) {
        var place = access.read(viewer, networkSlug);
        var page = access.page(viewer, place, pageSlug);
        return new History(place.visit(), page, wikis.history(page, number, size), access.canEdit(viewer, place, page));
    }

    @Transactional
    public RevisionView revision(Viewer viewer, String networkSlug, String pageSlug, int number) {
        var place = access.read(viewer, networkSlug);
        var page = access.page(viewer, place, pageSlug);
        var revision = shown(viewer, place, revisionOf(page, number));
        var base = "/networks/" + place.visit().network().slug() + "/wiki/";
        // Old revisions are read rarely: rendered when asked for, not stored twice.
        var html = Markdown.renderWiki(revision.body(), t -> base + WikiPage.slugOf(t)).rendered().html();
        return new RevisionView(place.visit(), page, wikis.summary(page, number).orElseThrow(), revision.body(), html,
                access.canEdit(viewer, place, page), revision.id(), revision.isHidden());
    }

    /** Any two revisions compared, older first; revisions never change, so comparisons are remembered. */
    @Transactional
    public Comparison compare(Viewer viewer, String networkSlug, String pageSlug, int from, int to, RevisionDiff.Layouts layouts) {
        var place = access.read(viewer, networkSlug);
        var page = access.page(viewer, place, pageSlug);
        int low = Math.min(from, to);
        int high = Math.max(from, to);
        // Checked outside the cache: a comparison a moderator opened is not for everyone.
        shown(viewer, place, revisionOf(page, low));
        shown(viewer, place, revisionOf(page, high));
        var diff = diffs.get(page.id() + ":" + low + ":" + high + ":" + layouts, () -> {
            var older = revisionOf(page, low);
            var newer = revisionOf(page, high);
            return RevisionDiff.between(wikis.summary(page, low).orElseThrow(), older.body(),
                    wikis.summary(page, high).orElseThrow(), newer.body(), layouts);
        });
        return new Comparison(place.visit(), page, diff, access.canEdit(viewer, place, page));
    }

    /** Opening a page to edit it: recorded, so that the next editor sees who else may be changing it. */
    @Transactional
    public Editing edit(Viewer viewer, String networkSlug, String pageSlug) {
        var place = access.read(viewer, networkSlug);
        var page = access.page(viewer, place, pageSlug);
        access.requireEdit(viewer, place, page);
        var me = profiles.find(viewer.username());
        var others = wikis.editing(page, clock.instant().minus(EDITING_WINDOW), me);
        try {
            presence.opened(page.id(), me.id(), clock.instant());
        } catch (RuntimeException sameTime) {
            // The same person's other request (a double click) recorded it a moment ago.
        }
        return new Editing(place.visit(), page, wikis.tree(place.visit().network()), others, place.visit().canManage());
    }

    /** Opening the form for a new page: the viewer must be allowed to write one. */
    @Transactional
    public Editing create(Viewer viewer, String networkSlug) {
        var place = access.read(viewer, networkSlug);
        access.requireCreate(viewer, place);
        return new Editing(place.visit(), null, wikis.tree(place.visit().network()), List.of(), place.visit().canManage());
    }

    @Transactional
    public Attention attention(Viewer viewer, String networkSlug) {
        var place = access.read(viewer, networkSlug);
        var network = place.visit().network();
        return new Attention(place.visit(), wikis.dueForReview(network, today(), 200), wikis.ownerless(network, 200),
                place.visit().canModerate(), place.visit().canManage(), place.wiki().isPresent(), place.restricted());
    }

    @Transactional
    public WikiAttachment attachment(Viewer viewer, String networkSlug, String pageSlug, String name, Integer number) {
        var place = access.read(viewer, networkSlug);
        var page = access.page(viewer, place, pageSlug);
        return wikis.attachment(page, name, number)
                .orElseThrow(() -> new NotFound("No attachment “" + name + "” on " + page.title()));
    }

    /** A revision a moderator hid is read by the network's moderators and its author only. */
    private static WikiRevision shown(Viewer viewer, WikiAccess.Place place, WikiRevision revision) {
        if (revision.isHidden() && !place.visit().canModerate() && !viewer.is(revision.author().username())) {
            throw new NotFound("Revision " + revision.number() + " of " + revision.page().title() + " was hidden by a moderator");
        }
        return revision;
    }

    WikiRevision revisionOf(WikiPage page, int number) {
        return wikis.revision(page, number).orElseThrow(() -> new NotFound("No revision " + number + " of " + page.title()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<PageRef> trail(List<PageRef> refs, Long id) {
        var byId = refs.stream().collect(Collectors.toMap(PageRef::id, r -> r));
        var trail = new ArrayList<PageRef>();
        for (var at = byId.get(id); at != null && trail.size() < 50; at = at.parentId() == null ? null : byId.get(at.parentId())) {
            trail.add(0, at);
        }
        return trail;
    }

    private static List<PageRef> children(List<PageRef> refs, Long id) {
        return refs.stream().filter(r -> id.equals(r.parentId())).toList();
    }

    static List<TreeNode> tree(List<PageRef> refs) {
        var under = new HashMap<Long, List<PageRef>>();
        refs.forEach(r -> under.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r));
        return nodes(under, null, 0);
    }

    private static List<TreeNode> nodes(HashMap<Long, List<PageRef>> under, Long parent, int depth) {
        if (depth > 30) {
            return List.of();
        }
        return under.getOrDefault(parent, List.of()).stream().map(r -> new TreeNode(r, nodes(under, r.id(), depth + 1))).toList();
    }

    /** A page the viewer may read, by its network's and its own address (404 otherwise). */
    @Transactional
    public WikiPage readablePage(Viewer viewer, String networkSlug, String pageSlug) {
        return access.page(viewer, access.read(viewer, networkSlug), pageSlug);
    }
}
