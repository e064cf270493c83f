package org.guildhall.search.unified;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.expertise.SkillKey;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;
import org.guildhall.wiki.WikiEditor;
import org.guildhall.wiki.WikiPage;
import org.guildhall.wiki.WikiRepository;

/** Wiki pages as search entries: their latest text, under their network's audience, with their review date. */
@ApplicationScoped
public class WikiEntries implements Indexer {

    @Inject
    WikiRepository wikis;

    @Override
    public String aggregateType() {
        return WikiEditor.AGGREGATE;
    }

    @Override
    public IndexDefinition index() {
        return Entry.INDEX;
    }

    @Override
    @Transactional
    public List<Document> documents(Collection<Long> ids) {
        return Indexer.indexOrDelete(ids, wikis.forIndexing(ids), WikiPage::id, WikiEntries::entry).stream()
                .map(d -> new Document("wiki-" + d.id(), d.source(), d.aggregateId())).toList();
    }

    private static Entry entry(WikiPage p) {
        var n = p.network();
        var owner = p.owner();
        var keys = p.tags().stream().map(SkillKey::of).distinct().toList();
        return new Entry(ResultType.WIKI.key(), p.title(), p.text(), keys, keys, n.id(), n.slug(), n.name(), owner.username(),
                owner.displayName(), owner.department() == null ? List.of() : List.of(owner.department()),
                List.copyOf(AccessPolicy.audienceOf(n).sorted()), p.updatedAt(), 0, p.reviewBy(), p.id(),
                "/networks/" + n.slug() + "/wiki/" + p.slug());
    }

    @Override
    @Transactional
    public List<Long> idsAfter(long after, int limit) {
        return wikis.idsAfter(after, limit);
    }

    @Override
    @Transactional
    public long count() {
        return wikis.count();
    }
}
