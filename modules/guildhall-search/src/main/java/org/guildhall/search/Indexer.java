package org.guildhall.search;

import java.util.Collection;
import java.util.List;

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
}
