package org.guildhall.search.blog;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.Post;
import org.guildhall.blog.PostRepository;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/**
 * Keeps the post index in step with posts and their comments. Only published, undeleted posts
 * are indexed (scheduled ones too, filtered by {@code publishAt} at query time); anything else
 * becomes a delete.
 */
@ApplicationScoped
public class PostIndexer implements Indexer {

    public static final IndexDefinition INDEX = new IndexDefinition("guildhall-posts", 1, "/search/posts-v1.json");

    @Inject
    PostRepository posts;

    @Override
    public String aggregateType() {
        return Blogs.AGGREGATE;
    }

    @Override
    public IndexDefinition index() {
        return INDEX;
    }

    @Override
    @Transactional
    public List<BulkOperation> operations(Collection<Long> ids) {
        var indexable = posts.findAll(ids).stream().filter(p -> !p.isDraft() && !p.isDeleted()).toList();
        var comments = posts.commentsOf(indexable).stream().collect(Collectors.groupingBy(c -> c.post().id()));
        return Indexer.indexOrDelete(INDEX, ids, indexable, Post::id,
                p -> PostDocument.of(p, comments.getOrDefault(p.id(), List.of())));
    }

    @Override
    @Transactional
    public List<Long> allIds() {
        return posts.allIds();
    }
}
