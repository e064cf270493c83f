package org.guildhall.search;

/**
 * A versioned index behind a stable alias. Queries and writes use the alias; a mapping change
 * bumps the version, so a reindex can build the new index and swap the alias without downtime.
 *
 * @param alias    the name everything reads and writes through, e.g. {@code guildhall-people}
 * @param version  the mapping version; the concrete index is {@code alias-v<version>}
 * @param mapping  the index settings and mappings as JSON (analysers the cluster offers)
 */
public record IndexDefinition(String alias, int version, String mapping) {

    public String indexName() {
        return alias + "-v" + version;
    }
}
