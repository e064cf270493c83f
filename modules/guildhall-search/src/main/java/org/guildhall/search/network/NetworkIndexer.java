package org.guildhall.search.network;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkRepository;
import org.guildhall.network.Networks;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/** Keeps the network index in step with networks and their memberships. */
@ApplicationScoped
public class NetworkIndexer implements Indexer {

    public static final IndexDefinition INDEX =
            new IndexDefinition("guildhall-networks", 1, "/search/networks-v1.json");

    @Inject
    NetworkRepository networks;

    @Override
    public String aggregateType() {
        return Networks.AGGREGATE;
    }

    @Override
    public IndexDefinition index() {
        return INDEX;
    }

    @Override
    @Transactional
    public List<BulkOperation> operations(Collection<Long> ids) {
        var found = networks.findAll(ids);
        var audiences = networks.audiences(found);
        return Indexer.indexOrDelete(INDEX, ids, found, Network::id,
                n -> NetworkDocument.of(n, audiences.getOrDefault(n.id(), List.of())));
    }

    @Override
    @Transactional
    public List<Long> allIds() {
        return networks.allIds();
    }
}
