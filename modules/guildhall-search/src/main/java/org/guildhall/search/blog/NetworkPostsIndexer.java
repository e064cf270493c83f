package org.guildhall.search.blog;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.PostRepository;
import org.guildhall.network.Networks;
import org.guildhall.outbox.Outbox;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/**
 * When a network's visibility, content access or status changes, its posts' audience changes too:
 * this turns one "network's posts" entry into one outbox entry per post, so each post is delivered
 * (and retried) on its own.
 */
@ApplicationScoped
public class NetworkPostsIndexer implements Indexer {

    @Inject
    PostRepository posts;

    @Inject
    Outbox outbox;

    @Override
    public String aggregateType() {
        return Networks.POSTS_AGGREGATE;
    }

    @Override
    public IndexDefinition index() {
        return PostIndexer.INDEX;
    }

    @Override
    @Transactional
    public List<BulkOperation> operations(Collection<Long> networkIds) {
        posts.idsInNetworks(networkIds).forEach(id -> outbox.append(Blogs.AGGREGATE, id));
        return List.of();
    }

    @Override
    public List<Long> allIds() {
        return List.of();
    }
}
