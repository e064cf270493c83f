package org.guildhall.wiki;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Refusal;
import org.guildhall.network.Network;
import org.guildhall.outbox.Outbox;
import org.guildhall.people.Person;

/**
 * Wiki pages brought from another platform with every revision, its author and time, replayed in
 * order as if saved here. Called by the importer inside its chunk's transaction.
 */
@ApplicationScoped
public class WikiImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    WikiRepository wikis;

    @Inject
    Outbox outbox;

    /** One revision as the source system kept it; {@code title} null keeps the page's title. */
    public record ImportedRevision(long authorId, String title, String body, String summary, boolean minor, Instant at) {
    }

    /** A page and its history, oldest revision first; answers its id. */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = Refusal.class)
    public long page(long networkId, Long parentId, String title, List<String> tags, boolean restricted, Long ownerId,
                     LocalDate reviewBy, List<ImportedRevision> revisions) {
        // Slugs must be unique within a wiki: pages written earlier in this chunk must be visible to the check.
        em.flush();
        var network = em.find(Network.class, networkId);
        var wiki = em.find(Wiki.class, networkId);
        if (wiki == null) {
            wiki = new Wiki(networkId);
            em.persist(wiki);
        }
        var parent = parentId == null ? null : em.find(WikiPage.class, parentId);
        if (parent != null && !parent.network().id().equals(networkId)) {
            throw new InvalidField("parent", "The parent page is in another network's wiki.");
        }
        var first = revisions.get(0);
        var owner = em.getReference(Person.class, ownerId != null ? ownerId : first.authorId());
        var page = WikiPage.create(network, parent, title, owner, first.at());
        var last = revisions.get(revisions.size() - 1);
        var finalTitle = last.title() == null ? title : last.title();
        if (wikis.slugTaken(network, WikiPage.slugOf(finalTitle), null)) {
            throw new InvalidField("title", "This wiki already has a page called “" + finalTitle + "”.");
        }
        wikis.forgetRedirect(network, WikiPage.slugOf(finalTitle));
        var slugs = new ArrayList<String>();
        var stored = new ArrayList<WikiRevision>();
        for (var r : revisions) {
            var draft = new PageDraft(r.title() == null ? title : r.title(), r.body(), tags, r.summary(), r.minor(), null, null);
            if (!slugs.contains(WikiPage.slugOf(draft.title()))) {
                slugs.add(WikiPage.slugOf(draft.title()));
            }
            stored.add(page.revise(em.getReference(Person.class, r.authorId()), draft, null, r.at()));
        }
        page.restrict(restricted);
        page.lookAfter(owner, reviewBy);
        em.persist(page);
        stored.forEach(em::persist);
        slugs.stream().filter(s -> !s.equals(page.slug())).forEach(old -> {
            if (!wikis.slugTaken(network, old, page.id())) {
                wikis.redirect(network, old, page);
            }
        });
        if (wiki.home() == null && parent == null) {
            wiki.home(page);
        }
        outbox.append(WikiEditor.AGGREGATE, page.id());
        return page.id();
    }
}
