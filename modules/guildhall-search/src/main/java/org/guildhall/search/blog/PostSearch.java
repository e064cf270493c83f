package org.guildhall.search.blog;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.Post;
import org.guildhall.blog.PostRepository;
import org.guildhall.outbox.Outbox;
import org.guildhall.paging.Page;
import org.guildhall.search.Audiences;
import org.guildhall.search.Hits;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;

/**
 * Searches posts and their comments among what the reader may read: the post's audience keys
 * must meet the reader's, and nothing scheduled for later shows. Hits are re-checked against the
 * database before they are shown.
 */
@ApplicationScoped
public class PostSearch {

    @Inject
    SearchClient search;

    @Inject
    Indices indices;

    @Inject
    PostRepository posts;

    @Inject
    Readers readers;

    @Inject
    AccessPolicy access;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** A matching post and a highlighted snippet (HTML-escaped text with {@code <mark>}). */
    public record PostHit(Post post, String snippet) {
    }

    @Transactional
    public Page<PostHit> find(Viewer viewer, String text, int page, int size) {
        if (text == null || text.isBlank() || !access.canSeeDirectory(viewer)) {
            return new Page<>(List.of(), 0, page, size);
        }
        indices.requireSearchable(PostIndexer.INDEX);
        var reader = readers.of(viewer);
        var filters = List.of(Audiences.filter("readers", reader),
                Query.of(q -> q.range(r -> r.untyped(u -> u.field("publishAt").lte(JsonData.of("now"))))));
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(PostIndexer.INDEX))
                .query(q -> q.bool(b -> b.filter(filters).must(m -> m.multiMatch(mm -> mm.query(text.strip())
                        .type(TextQueryType.BestFields)
                        .fields("title^3", "tags.text^2", "body", "comments", "authorName", "networkName")
                        .fuzziness("AUTO")))))
                .from((page - 1) * size).size(size)
                .source(src -> src.fetch(false))
                .trackTotalHits(t -> t.enabled(true))
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fields("body", f -> f.numberOfFragments(1).fragmentSize(180))
                        .fields("comments", f -> f.numberOfFragments(1).fragmentSize(180))
                        .fields("title", f -> f.numberOfFragments(0))), Void.class));
        var allowed = posts.readable(Hits.ids(response), reader, clock.instant()).stream()
                .collect(Collectors.toMap(Post::id, Function.identity()));
        return Hits.recheck(response, allowed, (post, hit) -> new PostHit(post, snippet(hit)),
                stale -> stale.forEach(id -> outbox.append(Blogs.AGGREGATE, id)), page, size);
    }

    private static String snippet(Hit<Void> hit) {
        return hit.highlight().entrySet().stream()
                .sorted(Comparator.comparing(e -> "title".equals(e.getKey())))
                .map(e -> String.join(" … ", e.getValue()))
                .findFirst().orElse(null);
    }
}
