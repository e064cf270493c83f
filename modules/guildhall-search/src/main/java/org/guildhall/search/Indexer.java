package org.guildhall.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Builds search documents for outbox entries of one aggregate type from the current state of the
 * database (never from the event that announced the change): an aggregate that no longer exists,
 * or must not be found, becomes a delete.
 */
public interface Indexer {

    String aggregateType();

    IndexDefinition index();

    /**
     * A document to index ({@code source}) or, when {@code source} is null, to delete, on behalf of
     * the aggregate it was built from (one aggregate may yield several documents).
     */
    record Document(String id, Object source, long aggregateId) {

        /** A document whose id is its aggregate's. */
        public Document(String id, Object source) {
            this(id, source, Long.parseLong(id));
        }

        public boolean isDelete() {
            return source == null;
        }
    }

    List<Document> documents(Collection<Long> ids);

    /** Whether this indexer owns its index's documents, so a rebuild walks its ids (not true of fan-out helpers). */
    default boolean rebuilds() {
        return true;
    }

    /** Ids after {@code after}, in order, for a rebuild in chunks. */
    List<Long> idsAfter(long after, int limit);

    /** How many documents a rebuild will walk. */
    long count();

    /** Before a rebuild indexes these ids: bring stored derived data up to date (re-render old text). */
    default void refresh(Collection<Long> ids) {
    }

    /** Index documents for the aggregates found (by id), deletes for the asked-for ids that are gone. */
    static <T> List<Document> indexOrDelete(Collection<Long> ids, List<T> found, Function<T, Long> id,
                                            Function<T, Object> document) {
        var gone = new HashSet<>(ids);
        var documents = new ArrayList<Document>();
        for (T aggregate : found) {
            gone.remove(id.apply(aggregate));
            documents.add(new Document(id.apply(aggregate).toString(), document.apply(aggregate)));
        }
        gone.forEach(missing -> documents.add(new Document(missing.toString(), null)));
        return documents;
    }
}
