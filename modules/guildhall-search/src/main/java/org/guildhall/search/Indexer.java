package org.guildhall.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;

/**
 * Turns outbox entries of one aggregate type into bulk operations, reading the current state
 * from the database: an aggregate that no longer exists becomes a delete.
 */
public interface Indexer {

    String aggregateType();

    IndexDefinition index();

    List<BulkOperation> operations(Collection<Long> ids);

    /** Every id, for a full reindex. */
    List<Long> allIds();

    /** Index operations for the aggregates found (by id), deletes for the asked-for ids that are gone. */
    static <T> List<BulkOperation> indexOrDelete(IndexDefinition index, Collection<Long> ids, List<T> found,
                                                 Function<T, Long> id, Function<T, Object> document) {
        var gone = new HashSet<>(ids);
        var operations = new ArrayList<BulkOperation>();
        for (T aggregate : found) {
            gone.remove(id.apply(aggregate));
            operations.add(BulkOperation.of(b -> b.index(i -> i.index(index.alias())
                    .id(id.apply(aggregate).toString()).document(document.apply(aggregate)))));
        }
        gone.forEach(missing -> operations.add(BulkOperation.of(b -> b.delete(d -> d.index(index.alias()).id(missing.toString())))));
        return operations;
    }
}
