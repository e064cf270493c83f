package org.guildhall.wiki;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.access.Refusal;
import org.guildhall.access.Viewer;
import org.guildhall.moderation.ContentKind;
import org.guildhall.moderation.ModeratedContent;
import org.guildhall.moderation.ModeratedItem;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkVisits;
import org.guildhall.people.Person;

/**
 * Wiki revisions as moderation sees them. Hiding (or deleting) a revision keeps its text from
 * everyone but the network's moderators and its author, and takes the page back to the latest
 * revision nobody hid; revisions are not corrected in place (editing the page does that).
 */
@ApplicationScoped
class RevisionModeration implements ModeratedContent {

    @Inject
    WikiRepository wikis;

    @Inject
    WikiEditor editor;

    @Inject
    NetworkVisits visits;

    @Override
    public Set<ContentKind> kinds() {
        return Set.of(ContentKind.WIKI_REVISION);
    }

    @Override
    public Optional<ModeratedItem> find(ContentKind kind, long id) {
        return wikis.revision(id).map(r -> {
            var page = r.page();
            return new ModeratedItem(kind, r.id(), page.network(), r.author(), page.title() + " (revision " + r.number() + ")",
                    r.body(), "/networks/" + page.network().slug() + "/wiki/" + page.slug() + "/revisions/" + r.number(),
                    r.isHidden(), false);
        });
    }

    @Override
    public boolean readable(Viewer viewer, ContentKind kind, long id) {
        var revision = wikis.revision(id).orElse(null);
        if (revision == null || revision.isHidden()) {
            return false;
        }
        try {
            return visits.requireContent(viewer, revision.page().network().slug()).canSeeContent();
        } catch (Refusal e) {
            return false;
        }
    }

    @Override
    public void hide(ModeratedItem item, Person moderator, String reason, Instant now) {
        var revision = revision(item);
        revision.hide(reason, now);
        editor.hidden(revision, moderator);
    }

    @Override
    public void delete(ModeratedItem item, Person moderator, String reason, Instant now) {
        hide(item, moderator, reason, now);
    }

    @Override
    public void restore(ModeratedItem item, Instant now) {
        revision(item).unhide();
    }

    @Override
    public void correct(ModeratedItem item, String text, Instant now) {
        throw new UnsupportedOperationException("Wiki revisions are not corrected in place");
    }

    @Override
    public boolean correctable(ContentKind kind) {
        return false;
    }

    @Override
    public void release(ModeratedItem item, Instant now) {
        // Wiki edits are not pre-moderated: nothing waits.
    }

    @Override
    public long contributions(ContentKind kind, Person author, Network network) {
        return wikis.revisionsBy(author, network);
    }

    private WikiRevision revision(ModeratedItem item) {
        return wikis.revision(item.id()).orElseThrow();
    }
}
