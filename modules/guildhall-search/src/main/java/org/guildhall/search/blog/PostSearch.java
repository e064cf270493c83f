package org.guildhall.search.blog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Viewer;
import org.guildhall.blog.Post;
import org.guildhall.blog.PostRepository;
import org.guildhall.network.NetworkRepository;
import org.guildhall.paging.Page;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;
import org.guildhall.search.SearchUnavailable;

/**
 * Searches posts and their comments. The reader's filter comes from the access policy: posts
 * everyone may read, plus posts in networks the reader belongs to; nothing scheduled for later.
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
    NetworkRepository networks;

    @Inject
    AccessPolicy access;

    /** A matching post and a highlighted snippet (HTML-escaped text with {@code <mark>}). */
    public record PostHit(Post post, String snippet) {
    }

    @Transactional
    public Page<PostHit> find(Viewer viewer, String text, int page, int size) {
        if (text == null || text.isBlank() || !access.canSeeDirectory(viewer)) {
            return new Page<>(List.of(), 0, page, size);
        }
        var filters = new ArrayList<Query>();
        filters.add(Query.of(q -> q.range(r -> r.untyped(u -> u.field("publishAt").lte(JsonData.of("now"))))));
        if (!viewer.isAdmin()) {
            var mine = networks.networkIdsOf(viewer.username()).stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.term(t -> t.field("audience").value(PostDocument.EVERYONE)))
                    .should(s -> s.terms(t -> t.field("networkId").terms(v -> v.value(mine)))))));
        }
        if (!indices.ensure()) {
            throw new SearchUnavailable(null);
        }
        try {
            var response = search.es().search(s -> s.index(PostIndexer.INDEX.alias())
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
                            .fields("title", f -> f.numberOfFragments(0))), Void.class);
            var hits = response.hits().hits();
            var byId = posts.findAll(hits.stream().map(h -> Long.valueOf(h.id())).toList()).stream()
                    .collect(Collectors.toMap(Post::id, Function.identity()));
            var found = hits.stream().filter(h -> byId.containsKey(Long.valueOf(h.id())))
                    .map(h -> new PostHit(byId.get(Long.valueOf(h.id())), snippet(h))).toList();
            long total = response.hits().total() == null ? found.size() : response.hits().total().value();
            return new Page<>(found, total, page, size);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable(e);
        }
    }

    private static String snippet(Hit<Void> hit) {
        return hit.highlight().entrySet().stream()
                .sorted(Comparator.comparing(e -> "title".equals(e.getKey())))
                .map(e -> String.join(" … ", e.getValue()))
                .findFirst().orElse(null);
    }
}
