package org.guildhall.search.wiki;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.search.IndexDefinition;
import org.guildhall.search.NetworkFanOut;
import org.guildhall.wiki.WikiEditor;
import org.guildhall.wiki.WikiRepository;

/** A network's audience changed: each of its wiki pages (and its evidence) is indexed again. */
@ApplicationScoped
public class NetworkWikiIndexer extends NetworkFanOut {

    @Inject
    WikiRepository wikis;

    @Override
    public String aggregateType() {
        return WikiEditor.NETWORK_PAGES;
    }

    @Override
    public IndexDefinition index() {
        return WikiPageIndexer.INDEX;
    }

    @Override
    protected String itemType() {
        return WikiEditor.AGGREGATE;
    }

    @Override
    protected List<Long> itemsIn(Collection<Long> networkIds) {
        return networkIds.stream().flatMap(network -> wikis.pageIdsOf(network).stream()).toList();
    }
}
