package org.guildhall.search.wiki;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.outbox.Outbox;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;
import org.guildhall.wiki.WikiEditor;
import org.guildhall.wiki.WikiRepository;

/**
 * A network's audience changed, so its wiki pages' documents (and their evidence) must change:
 * the one "network's wiki" entry becomes one outbox entry per page, each delivered and retried alone.
 */
@ApplicationScoped
public class NetworkWikiIndexer implements Indexer {

    @Inject
    WikiRepository wikis;

    @Inject
    Outbox outbox;

    @Override
    public String aggregateType() {
        return WikiEditor.NETWORK_PAGES;
    }

    @Override
    public IndexDefinition index() {
        return WikiPageIndexer.INDEX;
    }

    @Override
    @Transactional
    public List<Document> documents(Collection<Long> networkIds) {
        networkIds.forEach(network -> wikis.pageIdsOf(network).forEach(id -> outbox.append(WikiEditor.AGGREGATE, id)));
        return List.of();
    }

    @Override
    public boolean rebuilds() {
        return false;
    }

    @Override
    public List<Long> idsAfter(long after, int limit) {
        return List.of();
    }

    @Override
    public long count() {
        return 0;
    }
}
