package org.guildhall.search.wiki;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;
import org.guildhall.wiki.WikiEditor;
import org.guildhall.wiki.WikiPage;
import org.guildhall.wiki.WikiRepository;

/** Keeps the wiki index in step with pages' latest text, rebuilt from the database on every change. */
@ApplicationScoped
public class WikiPageIndexer implements Indexer {

    public static final IndexDefinition INDEX = new IndexDefinition("wiki-pages", 1, "/search/wiki-pages-v1.json");

    @Inject
    WikiRepository wikis;

    @Override
    public String aggregateType() {
        return WikiEditor.AGGREGATE;
    }

    @Override
    public IndexDefinition index() {
        return INDEX;
    }

    @Override
    @Transactional
    public List<Document> documents(Collection<Long> ids) {
        return Indexer.indexOrDelete(ids, wikis.forIndexing(ids), WikiPage::id, WikiPageDocument::of);
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
