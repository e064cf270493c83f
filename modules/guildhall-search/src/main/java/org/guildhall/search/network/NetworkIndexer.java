package org.guildhall.search.network;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.network.Network;
import org.guildhall.network.NetworkLifecycle;
import org.guildhall.network.NetworkRepository;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/** Keeps the network index in step with networks' charters, status and audiences. */
@ApplicationScoped
public class NetworkIndexer implements Indexer {

    public static final IndexDefinition INDEX = new IndexDefinition("networks", 2, "/search/networks-v2.json");

    @Inject
    NetworkRepository networks;

    @Override
    public String aggregateType() {
        return NetworkLifecycle.AGGREGATE;
    }

    @Override
    public IndexDefinition index() {
        return INDEX;
    }

    @Override
    @Transactional
    public List<Document> documents(Collection<Long> ids) {
        return Indexer.indexOrDelete(ids, networks.findAll(ids), Network::id, NetworkDocument::of);
    }

    @Override
    @Transactional
    public List<Long> idsAfter(long after, int limit) {
        return networks.idsAfter(after, limit);
    }

    @Override
    @Transactional
    public long count() {
        return networks.count();
    }
}
