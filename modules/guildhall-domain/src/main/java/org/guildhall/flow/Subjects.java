package org.guildhall.flow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

/**
 * Titles and addresses of the content ties are about, loaded in one query per type for those still
 * there: content deleted or hidden since the figures were computed is not named.
 */
final class Subjects {

    private static final Map<String, String> QUERIES = Map.of(
            "POST", "select p.id, p.title, concat('/blog/posts/', cast(p.id as varchar(20))) from post p where p.id in (:ids)"
                    + " and p.status = 'PUBLISHED' and p.deleted_at is null and p.hidden_at is null and p.held = false",
            "QUESTION", "select q.id, q.title, concat('/questions/', cast(q.id as varchar(20))) from question q where q.id in (:ids)"
                    + " and q.deleted_at is null",
            "PAGE", "select w.id, w.title, concat('/networks/', n.slug, '/wiki/', w.slug) from wiki_page w"
                    + " join network n on n.id = w.network_id where w.id in (:ids)",
            "SKILL", "select s.id, s.name, concat('/skills/', s.slug) from skill s where s.id in (:ids)");

    private final EntityManager em;
    private final Map<String, Set<Long>> wanted = new HashMap<>();
    private final Map<String, Paths.Subject> loaded = new HashMap<>();

    Subjects(EntityManager em) {
        this.em = em;
    }

    void want(String type, long id) {
        wanted.computeIfAbsent(type, k -> new HashSet<>()).add(id);
    }

    void load() {
        wanted.forEach((type, ids) -> {
            var query = em.createNativeQuery(QUERIES.get(type)).setParameter("ids", ids);
            for (Object[] r : Connections.rows(query)) {
                loaded.put(type + ((Number) r[0]).longValue(), new Paths.Subject(type, (String) r[1], (String) r[2]));
            }
        });
    }

    /** The subject, or null when it is gone. */
    Paths.Subject of(String type, long id) {
        return loaded.get(type + id);
    }
}
