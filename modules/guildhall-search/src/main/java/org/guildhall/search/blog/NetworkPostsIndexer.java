package org.guildhall.search.blog;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.blog.Blogs;
import org.guildhall.blog.PostRepository;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.NetworkFanOut;

/** A network's audience changed: each of its posts is indexed again. */
@ApplicationScoped
public class NetworkPostsIndexer extends NetworkFanOut {

    @Inject
    PostRepository posts;

    @Override
    public String aggregateType() {
        return Blogs.NETWORK_POSTS;
    }

    @Override
    public IndexDefinition index() {
        return PostIndexer.INDEX;
    }

    @Override
    protected String itemType() {
        return Blogs.AGGREGATE;
    }

    @Override
    protected List<Long> itemsIn(Collection<Long> networkIds) {
        return posts.idsInNetworks(networkIds);
    }
}
