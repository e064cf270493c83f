package org.guildhall.search.network;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
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
        var gone = new HashSet<>(ids);
        found.forEach(n -> gone.remove(n.id()));
        var audiences = networks.audiences(found);
        return Stream.concat(
                found.stream().map(n -> BulkOperation.of(b -> b.index(i -> i.index(INDEX.alias())
                        .id(n.id().toString())
                        .document(NetworkDocument.of(n, audiences.getOrDefault(n.id(), List.of())))))),
                gone.stream().map(id -> BulkOperation.of(b -> b.delete(d -> d.index(INDEX.alias()).id(id.toString()))))
        ).toList();
    }

    @Override
    @Transactional
    public List<Long> allIds() {
        return networks.allIds();
    }
}
