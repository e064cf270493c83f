package org.guildhall.search;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Every {@link Indexer} the application has, found by the aggregate type it handles. */
@ApplicationScoped
public class IndexerRegistry {

    @Inject
    @Any
    Instance<Indexer> indexers;

    public Optional<Indexer> find(String aggregateType) {
        return indexers.stream().filter(i -> i.aggregateType().equals(aggregateType)).findFirst();
    }

    /** The indexers that own their index's documents, which a rebuild walks. */
    public List<Indexer> rebuilding() {
        return indexers.stream().filter(Indexer::rebuilds).toList();
    }
}
