package org.guildhall.access;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The networks whose content a reader may read, as ids: each network's stored readers compared
 * with the reader's keys in the database, exactly as {@link AudienceQueries#readable} does row by
 * row. For work that filters many derived rows in memory (the people graph, corrections to
 * pre-summed figures). Company-wide content is readable when {@link Reader#isEmployee()}.
 */
@ApplicationScoped
public class ReadableNetworks {

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Set<Long> of(Reader reader) {
        if (reader.keys().isEmpty()) {
            return Set.of();
        }
        List<Number> ids = em.createNativeQuery("select distinct r.network_id from network_read_by r where r.grant_key in (:keys)")
                .setParameter("keys", List.copyOf(reader.keys())).getResultList();
        var set = new HashSet<Long>(ids.size() * 2);
        ids.forEach(id -> set.add(id.longValue()));
        return set;
    }
}
