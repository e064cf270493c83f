package org.guildhall.access;

import java.util.List;

import jakarta.persistence.Query;

/**
 * The stored audiences as JPQL predicates, for list queries: a row qualifies when the reader
 * holds one of its audience's keys, exactly as {@link Audience#admits} decides in memory.
 * Bind the reader with {@link #bind} on every query that uses one of these.
 */
public final class AudienceQueries {

    private AudienceQueries() {
    }

    /** Content in the network at {@code network} (a path such as {@code p.network}), or company-wide when it is null. */
    public static String readable(String network) {
        return "((" + network + " is null and :readerIsEmployee = true) or exists (select 1 from Network ra join ra.readBy rk"
                + " where ra = " + network + " and rk in :readerKeys))";
    }

    /**
     * The same as {@link #readable} for native SQL over derived tables: {@code networkId} is a
     * column holding the network's id, or null for company-wide content.
     */
    public static String readableSql(String networkId) {
        return "((" + networkId + " is null and :readerIsEmployee = true) or exists (select 1 from network_read_by rk"
                + " where rk.network_id = " + networkId + " and rk.grant_key in (:readerKeys)))";
    }

    /** The network at {@code network} is one the reader may know exists. */
    public static String seen(String network) {
        return "exists (select 1 from Network sa join sa.seenBy sk where sa = " + network + " and sk in :readerKeys)";
    }

    /** Binds the reader's keys (both predicates share them). */
    public static void bind(Query query, Reader reader) {
        // An empty IN list is not valid everywhere; a key nobody holds admits nothing.
        query.setParameter("readerKeys", reader.keys().isEmpty() ? List.of("-") : List.copyOf(reader.keys()));
        if (query.getParameters().stream().anyMatch(p -> "readerIsEmployee".equals(p.getName()))) {
            query.setParameter("readerIsEmployee", reader.isEmployee());
        }
    }
}
