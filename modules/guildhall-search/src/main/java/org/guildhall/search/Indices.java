package org.guildhall.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.jboss.logging.Logger;

/**
 * Creates each index and its alias when missing. Idempotent and cheap once done; called at
 * start-up and again before a drain until Elasticsearch has answered once, because the
 * application must start (and accept writes) while Elasticsearch is still down.
 */
@ApplicationScoped
public class Indices {

    private static final Logger LOG = Logger.getLogger(Indices.class);

    @Inject
    SearchClient search;

    @Inject
    @Any
    Instance<Indexer> indexers;

    private final Set<String> ready = ConcurrentHashMap.newKeySet();

    /** Answers whether every index is in place; never throws. Serialised: the drainer and searches race at start-up. */
    public synchronized boolean ensure() {
        try {
            for (Indexer indexer : indexers) {
                ensure(indexer.index());
            }
            return true;
        } catch (IOException | UncheckedIOException | ElasticsearchException e) {
            LOG.debugf("Elasticsearch not ready for index creation: %s", e.getMessage());
            return false;
        }
    }

    private void ensure(IndexDefinition index) throws IOException {
        if (ready.contains(index.alias())) {
            return;
        }
        var es = search.es();
        if (!es.indices().existsAlias(a -> a.name(index.alias())).value()) {
            if (es.indices().exists(e -> e.index(index.indexName())).value()) {
                es.indices().putAlias(a -> a.index(index.indexName()).name(index.alias()));
            } else {
                create(index);
            }
        }
        ready.add(index.alias());
    }

    private void create(IndexDefinition index) throws IOException {
        try (var mapping = getClass().getResourceAsStream(index.mapping())) {
            search.es().indices().create(c -> c.index(index.indexName())
                    .withJson(mapping)
                    .aliases(index.alias(), a -> a.isWriteIndex(true)));
            LOG.infof("Created index %s behind alias %s", index.indexName(), index.alias());
        } catch (ElasticsearchException e) {
            // Another node created it first: that is just as good.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
