package org.guildhall.search.blog;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.blog.Blogs;
import org.guildhall.blog.PostRepository;
import org.guildhall.outbox.Outbox;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/**
 * A network's audience changed, so its posts' documents must change: this turns the one
 * "network's posts" entry into one outbox entry per post, so each is delivered (and retried) alone.
 */
@ApplicationScoped
public class NetworkPostsIndexer implements Indexer {

    @Inject
    PostRepository posts;

    @Inject
    Outbox outbox;

    @Override
    public String aggregateType() {
        return Blogs.NETWORK_POSTS;
    }

    @Override
    public IndexDefinition index() {
        return PostIndexer.INDEX;
    }

    @Override
    @Transactional
    public List<Document> documents(Collection<Long> networkIds) {
        posts.idsInNetworks(networkIds).forEach(id -> outbox.append(Blogs.AGGREGATE, id));
        return List.of();
    }

    @Override
    public boolean rebuilds() {
        return false;
    }

    @Override
    public List<Long> idsAfter(long after, int limit) {
        return List.of();
    }

    @Override
    public long count() {
        return 0;
    }
}
