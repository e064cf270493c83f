package org.guildhall.search.blog;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.blog.Blogs;
import org.guildhall.blog.Post;
import org.guildhall.blog.PostRepository;
import org.guildhall.blog.Renderings;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/**
 * Keeps the post index in step with posts and their comments. Only published, undeleted posts
 * are indexed (scheduled ones too, filtered by {@code publishAt} at query time); anything else
 * becomes a delete.
 */
@ApplicationScoped
public class PostIndexer implements Indexer {

    public static final IndexDefinition INDEX = new IndexDefinition("posts", 2, "/search/posts-v2.json");

    @Inject
    PostRepository posts;

    @Inject
    Renderings renderings;

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
    public List<Document> documents(Collection<Long> ids) {
        var indexable = posts.forIndexing(ids).stream().filter(p -> !p.isDraft() && !p.isDeleted() && !p.isWithdrawn()).toList();
        var comments = posts.commentTexts(indexable.stream().map(Post::id).toList());
        return Indexer.indexOrDelete(ids, indexable, Post::id, p -> PostDocument.of(p, comments.getOrDefault(p.id(), List.of())));
    }

    @Override
    @Transactional
    public List<Long> idsAfter(long after, int limit) {
        return posts.idsAfter(after, limit);
    }

    @Override
    @Transactional
    public long count() {
        return posts.count();
    }

    /** Text rendered by an older renderer is rendered again before it is indexed. */
    @Override
    public void refresh(Collection<Long> ids) {
        renderings.renderAgain(ids);
    }
}
