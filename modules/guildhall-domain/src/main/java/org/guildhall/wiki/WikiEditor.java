package org.guildhall.wiki;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.guildhall.access.Forbidden;
import org.guildhall.access.InvalidField;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.outbox.Outbox;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;
import org.guildhall.people.Profiles;

/**
 * Writing wikis: new pages, saves (merged three-way with whatever was saved meanwhile, never
 * overwriting it), renames and moves (old addresses redirect) and reverts. Every change is a new
 * revision and an outbox entry for search and expertise.
 */
@ApplicationScoped
public class WikiEditor {

    /** The wiki page index's (and wiki evidence's) outbox aggregate. */
    public static final String AGGREGATE = "wiki-page";
    /** "Every page of this network's wiki needs re-indexing": its audience changed. */
    public static final String NETWORK_PAGES = "network-wiki";

    @Inject
    WikiAccess access;

    @Inject
    WikiRepository wikis;

    @Inject
    Wikis reading;

    @Inject
    Profiles profiles;

    @Inject
    PersonRepository people;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    org.guildhall.moderation.WriteLimits writeLimits;

    /** What a save did: a new revision, merged with a revision saved meanwhile, or nothing (no change). */
    public record Saved(WikiPage page, boolean changed, RevisionSummary mergedWith) {
        public boolean merged() {
            return mergedWith != null;
        }
    }

    @Inject
    jakarta.enterprise.event.Event<PageEdited> edited;

    @Transactional
    public WikiPage create(Viewer viewer, String networkSlug, @Valid PageDraft draft) {
        var place = access.read(viewer, networkSlug);
        access.requireCreate(viewer, place);
        requireResolved(draft);
        var network = place.visit().network();
        var author = profiles.find(viewer.username());
        writeLimits.spend(viewer.username());
        var wiki = place.wiki().orElseGet(() -> {
            var made = new Wiki(network.id());
            wikis.store(made);
            return made;
        });
        var parent = draft.parent() == null || PageDraft.TOP.equals(draft.parent()) ? null : parentFor(place, draft.parent());
        var page = WikiPage.create(network, parent, draft.title(), author, clock.instant());
        requireFreeTitle(page, draft.title());
        wikis.forgetRedirect(network, page.slug());
        var revision = page.revise(author, draft, null, clock.instant());
        wikis.store(page);
        wikis.store(revision);
        edited.fire(new PageEdited(revision));
        if (wiki.home() == null) {
            wiki.home(page);
        }
        changed(page);
        return page;
    }

    /**
     * Saves an edit made from {@code draft.baseRevision()}. When someone saved since, their change
     * and this one are merged from that base: cleanly, or not at all ({@link EditConflict}).
     */
    @Transactional
    public Saved save(Viewer viewer, String networkSlug, String pageSlug, @Valid PageDraft draft) {
        var place = access.read(viewer, networkSlug);
        var page = access.page(viewer, place, pageSlug);
        access.requireEdit(viewer, place, page);
        requireResolved(draft);
        wikis.lock(page);
        var base = draft.baseRevision();
        if (base == null) {
            throw new InvalidField("baseRevision", "Say which revision this edit started from (the page is at revision " + page.revision() + ").");
        }
        if (base < 1 || base > page.revision()) {
            throw new InvalidField("baseRevision", "This page has no revision " + base + "; it is at revision " + page.revision() + ".");
        }
        var author = profiles.find(viewer.username());
        RevisionSummary mergedWith = null;
        if (base != page.revision()) {
            var from = reading.revisionOf(page, base);
            var current = wikis.summary(page, page.revision()).orElseThrow();
            var merge = Merge.of(from.body(), page.body(), draft.body(),
                    "revision " + current.number() + " by " + current.authorName());
            if (merge.conflicts()) {
                throw new EditConflict(page, current, merge.text(), draft);
            }
            draft = merged(draft, from, page, merge.text());
            mergedWith = current;
        }
        var parent = page.parent();
        boolean moved = false;
        if (draft.parent() != null) {
            parent = PageDraft.TOP.equals(draft.parent()) ? null : parentFor(place, draft.parent());
            moved = !sameParent(page, parent);
        }
        if (!changes(page, draft) && !moved) {
            wikis.closed(page, author);
            return new Saved(page, false, null);
        }
        writeLimits.spend(viewer.username());
        if (moved) {
            page.moveUnder(parent);
        }
        revise(page, author, draft, null);
        wikis.closed(page, author);
        return new Saved(page, true, mergedWith);
    }

    /** Makes an earlier revision's text (and title, if free) current again, as a new revision. */
    @Transactional
    public WikiPage revert(Viewer viewer, String networkSlug, String pageSlug, int number) {
        var place = access.read(viewer, networkSlug);
        var page = access.page(viewer, place, pageSlug);
        access.requireEdit(viewer, place, page);
        wikis.lock(page);
        var target = reading.revisionOf(page, number);
        if (number == page.revision()) {
            throw new InvalidField("revision", "Revision " + number + " is already the current text of this page.");
        }
        revertTo(page, target, profiles.find(viewer.username()), "Reverted to revision " + number);
        return page;
    }

    private void revertTo(WikiPage page, WikiRevision target, Person editor, String summary) {
        var title = wikis.slugTaken(page.network(), WikiPage.slugOf(target.title()), page.id()) ? page.title() : target.title();
        var draft = new PageDraft(title, target.body(), target.tags(), summary, false, null, page.revision());
        revise(page, editor, draft, target.number());
    }

    /**
     * A moderator hid a revision: when it is the page's current text, the page goes back to the
     * latest revision nobody hid, as a new revision by the moderator.
     */
    void hidden(WikiRevision revision, Person moderator) {
        var page = revision.page();
        wikis.lock(page);
        if (page.revision() != revision.number()) {
            changed(page);
            return;
        }
        var earlier = wikis.latestShownBefore(page, revision.number());
        if (earlier.isPresent()) {
            revertTo(page, earlier.get(), moderator, "Revision " + revision.number() + " hidden by a moderator");
        } else {
            changed(page);
        }
    }

    /** Owners keep one page to owners and moderators, or open it to members again. */
    @Transactional
    public WikiPage restrict(Viewer viewer, String networkSlug, String pageSlug, boolean toModerators) {
        var place = access.read(viewer, networkSlug);
        var page = access.page(viewer, place, pageSlug);
        restrict(place, page, toModerators);
        return page;
    }

    /** Owners decide who edits the whole wiki. */
    @Transactional
    public Wiki restrictWiki(Viewer viewer, String networkSlug, WikiEditors editors) {
        var place = access.read(viewer, networkSlug);
        access.requireManage(place);
        WikiAccess.requireWritable(place);
        var wiki = place.wiki().orElseThrow(() -> new NotFound(place.visit().network().name() + " has no wiki yet"));
        wiki.restrictTo(editors);
        return wiki;
    }

    /**
     * The network's moderators, or the page's owner while an active member, hand the page on
     * and set when it is next reviewed ({@code reviewBy} is applied only when {@code setReviewBy}).
     */
    @Transactional
    public WikiPage lookAfter(Viewer viewer, String networkSlug, String pageSlug, String ownerUsername, boolean setReviewBy,
                              LocalDate reviewBy) {
        var place = access.read(viewer, networkSlug);
        var page = access.page(viewer, place, pageSlug);
        lookAfter(viewer, place, page, ownerUsername, setReviewBy, reviewBy);
        return page;
    }

    /** The API's page settings, all or nothing: who edits, who looks after it, until when. */
    @Transactional
    public WikiPage settings(Viewer viewer, String networkSlug, String pageSlug, Boolean restricted, String ownerUsername,
                             boolean setReviewBy, LocalDate reviewBy) {
        var place = access.read(viewer, networkSlug);
        var page = access.page(viewer, place, pageSlug);
        if (ownerUsername != null || setReviewBy) {
            lookAfter(viewer, place, page, ownerUsername, setReviewBy, reviewBy);
        }
        if (restricted != null) {
            restrict(place, page, restricted);
        }
        return page;
    }

    private void restrict(WikiAccess.Place place, WikiPage page, boolean toModerators) {
        access.requireManage(place);
        WikiAccess.requireWritable(place);
        page.restrict(toModerators);
    }

    private void lookAfter(Viewer viewer, WikiAccess.Place place, WikiPage page, String ownerUsername, boolean setReviewBy,
                           LocalDate reviewBy) {
        WikiAccess.requireWritable(place);
        boolean ownsIt = viewer.is(page.owner().username()) && place.visit().mine().filter(m -> m.isActive()).isPresent();
        if (!place.visit().canModerate() && !ownsIt) {
            throw new Forbidden("Only the page's owner and the moderators of " + place.visit().network().name()
                    + " can change who looks after it");
        }
        var owner = ownerUsername == null || ownerUsername.isBlank() ? page.owner() : memberNamed(place, ownerUsername.strip());
        page.lookAfter(owner, setReviewBy ? reviewBy : page.reviewBy());
        changed(page);
    }

    private Person memberNamed(WikiAccess.Place place, String username) {
        var member = place.visit().network();
        var person = people.find(username)
                .orElseThrow(() -> new InvalidField("owner", "There is nobody called " + username + "."));
        if (person.hasLeft() || !wikis.isActiveMember(member, person)) {
            throw new InvalidField("owner", person.displayName() + " is not an active member of " + member.name()
                    + "; a page's owner must be one.");
        }
        return person;
    }

    private void revise(WikiPage page, Person author, PageDraft draft, Integer revertedTo) {
        var oldSlug = page.slug();
        var newSlug = WikiPage.slugOf(draft.title());
        if (!newSlug.equals(oldSlug)) {
            requireFreeTitle(page, draft.title());
            wikis.forgetRedirect(page.network(), newSlug);
        }
        var revision = page.revise(author, draft, revertedTo, clock.instant());
        wikis.store(revision);
        edited.fire(new PageEdited(revision));
        if (!newSlug.equals(oldSlug)) {
            wikis.redirect(page.network(), oldSlug, page);
        }
        changed(page);
    }

    /**
     * The merged text, with the tags both editors wanted (what this editor added or removed since
     * the base, applied to what is saved now) and the title this editor chose, if they changed it.
     */
    private static PageDraft merged(PageDraft draft, WikiRevision base, WikiPage current, String text) {
        var tags = new LinkedHashSet<>(current.tags());
        draft.tags().stream().filter(t -> !base.tags().contains(t)).forEach(tags::add);
        base.tags().stream().filter(t -> !draft.tags().contains(t)).forEach(tags::remove);
        var title = draft.title().equals(base.title()) ? current.title() : draft.title();
        return new PageDraft(title, text, List.copyOf(tags), draft.summary(), draft.minor(), draft.parent(), draft.baseRevision());
    }

    private static boolean changes(WikiPage page, PageDraft draft) {
        return !page.body().equals(draft.body()) || !page.title().equals(draft.title()) || !page.tags().equals(draft.tags().stream().sorted().toList());
    }

    private static boolean sameParent(WikiPage page, WikiPage parent) {
        return page.parent() == null ? parent == null : parent != null && page.parent().id().equals(parent.id());
    }

    private WikiPage parentFor(WikiAccess.Place place, String slug) {
        return wikis.page(place.visit().network(), slug)
                .orElseThrow(() -> new InvalidField("parent", "There is no page “" + slug + "” in this wiki to place this one under."));
    }

    private void requireFreeTitle(WikiPage page, String title) {
        if (wikis.slugTaken(page.network(), WikiPage.slugOf(title), page.id())) {
            throw new InvalidField("title", "This wiki already has a page called “" + title + "” (or one whose address would be the same).");
        }
    }

    private static void requireResolved(PageDraft draft) {
        if (Merge.hasMarkers(draft.body())) {
            throw new InvalidField("body", "The text still holds conflict markers (<<<<<<< … >>>>>>>): keep what should stay, remove the markers, then save.");
        }
    }

    private void changed(WikiPage page) {
        wikis.flush();
        outbox.append(AGGREGATE, page.id());
    }
}
