package org.guildhall.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import org.guildhall.access.Reader;

/**
 * The reader's audience filter in Elasticsearch: documents carry their audience's grant keys
 * (copied from the database), and a hit must share one with the reader, exactly as
 * {@link org.guildhall.access.Audience#admits} decides in memory.
 */
public final class Audiences {

    private Audiences() {
    }

    /** Documents whose {@code field} holds one of the reader's keys. */
    public static Query filter(String field, Reader reader) {
        var keys = reader.keys().stream().map(FieldValue::of).toList();
        return keys.isEmpty() ? Query.of(q -> q.matchNone(m -> m))
                : Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(keys))));
    }

    /** The same keys as completion contexts (a completion query cannot take a filter). */
    public static List<CompletionContext> contexts(Reader reader) {
        return reader.keys().stream().map(k -> CompletionContext.of(c -> c.context(ctx -> ctx.category(k)))).toList();
    }
}
