package org.guildhall.web.wiki;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.wiki.AttachmentSummary;
import org.guildhall.wiki.PageRef;
import org.guildhall.wiki.RevisionDiff;
import org.guildhall.wiki.RevisionSummary;
import org.guildhall.wiki.WikiPage;
import org.guildhall.wiki.Wikis;

/** Wiki pages, revisions and comparisons as the API returns them. */
public final class WikiJson {

    private WikiJson() {
    }

    public record Person(String username, String name) {
    }

    public record PageJson(String slug, String title, String network, String parent, List<Ref> trail, String body, String html,
                           List<String> tags, int revision, Instant updatedAt, Person updatedBy, Person owner, LocalDate reviewBy,
                           boolean dueForReview, boolean ownerPresent, boolean restricted, boolean canEdit,
                           List<Ref> children, List<Ref> backlinks, List<String> missingLinks, List<AttachmentJson> attachments) {

        static PageJson of(Wikis.PageView v) {
            var p = v.page();
            return new PageJson(p.slug(), p.title(), v.visit().network().slug(), p.parent() == null ? null : p.parent().slug(),
                    v.trail().stream().map(Ref::of).toList(), p.body(), v.html(), p.tags(), p.revision(), p.updatedAt(),
                    person(p.updatedBy()), person(p.owner()), p.reviewBy(), v.dueForReview(), v.ownerPresent(), p.isRestricted(),
                    v.canEdit(), v.children().stream().map(Ref::of).toList(), v.backlinks().stream().map(Ref::of).toList(),
                    v.missingLinks().stream().sorted().toList(),
                    v.attachments().stream().map(a -> AttachmentJson.of(v.visit().network().slug(), p.slug(), a)).toList());
        }
    }

    /** A page just written: enough to find it again and to edit on top of it. */
    public record Written(String slug, String title, int revision, String url) {
        static Written of(WikiPage p) {
            return new Written(p.slug(), p.title(), p.revision(), "/networks/" + p.network().slug() + "/wiki/" + p.slug());
        }
    }

    public record Saved(String slug, String title, int revision, boolean changed, boolean merged, RevisionJson mergedWith, String url) {
    }

    public record Ref(String slug, String title) {
        static Ref of(PageRef r) {
            return new Ref(r.slug(), r.title());
        }
    }

    public record RevisionJson(int number, String title, String summary, boolean minor, Person author, Instant at,
                               int size, int delta, Integer revertedTo) {
        static RevisionJson of(RevisionSummary r) {
            return new RevisionJson(r.number(), r.title(), r.summary(), r.minor(), new Person(r.authorUsername(), r.authorName()),
                    r.at(), r.sizeChars(), r.deltaChars(), r.revertedTo());
        }
    }

    public record RevisionText(RevisionJson revision, String body, String html, boolean current) {
        static RevisionText of(Wikis.RevisionView v) {
            return new RevisionText(RevisionJson.of(v.revision()), v.body(), v.html(), v.isCurrent());
        }
    }

    public record DiffJson(RevisionJson from, RevisionJson to, boolean titleChanged, List<RevisionDiff.Row> sideBySide,
                           List<RevisionDiff.Row> inline) {
        static DiffJson of(RevisionDiff d) {
            return new DiffJson(RevisionJson.of(d.from()), RevisionJson.of(d.to()), d.titleChanged(), d.sideBySide(), d.inline());
        }
    }

    public record AttachmentJson(String name, int version, String contentType, long size, String uploadedBy, Instant at, String url) {
        static AttachmentJson of(String network, String page, AttachmentSummary a) {
            return new AttachmentJson(a.name(), a.number(), a.contentType(), a.size(), a.authorName(), a.at(), url(network, page, a.name(), a.number()));
        }

        static AttachmentJson of(String network, String page, org.guildhall.wiki.WikiAttachment a) {
            return new AttachmentJson(a.name(), a.number(), a.contentType(), a.size(), a.author().displayName(), a.createdAt(),
                    url(network, page, a.name(), a.number()));
        }

        private static String url(String network, String page, String name, int version) {
            return "/networks/" + network + "/wiki/" + page + "/attachments/"
                    + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "?version=" + version;
        }
    }

    public record Stale(String slug, String title, Person owner, LocalDate reviewBy) {
        static Stale of(WikiPage p) {
            return new Stale(p.slug(), p.title(), person(p.owner()), p.reviewBy());
        }
    }

    static Person person(org.guildhall.people.Person p) {
        return p == null ? null : new Person(p.username(), p.displayName());
    }
}
