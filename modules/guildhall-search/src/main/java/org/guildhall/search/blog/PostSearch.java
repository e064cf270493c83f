package org.guildhall.search.blog;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
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

    private static final List<String> FIELDS = List.of("title^3", "tags.text^2", "body", "comments", "authorName", "networkName");

    /**
     * Typo tolerance costs only when it is needed: the words are matched exactly first. When
     * nothing matches, Elasticsearch suggests the closest words the posts use ("kubernets" →
     * "kubernetes") and those are matched exactly; only when it knows none are the words matched
     * with fuzziness, on titles and tags (small vocabularies: fuzziness over a million bodies and
     * comments costs hundreds of milliseconds a query). Text in double quotes is a phrase. Hits
     * are counted up to the search window, not beyond.
     */
    @Transactional
    public Page<PostHit> find(Viewer viewer, String text, int page, int size) {
        if (text == null || text.isBlank() || !access.canSeeDirectory(viewer)) {
            return new Page<>(List.of(), 0, page, size);
        }
        indices.requireSearchable(PostIndexer.INDEX);
        var reader = readers.of(viewer);
        var filters = List.of(Audiences.filter("readers", reader),
                Query.of(q -> q.range(r -> r.untyped(u -> u.field("publishAt").lte(JsonData.of("now"))))));
        var words = text.strip();
        boolean phrase = words.length() > 2 && words.startsWith("\"") && words.endsWith("\"");
        var response = run(filters, matching(phrase ? words.substring(1, words.length() - 1) : words,
                phrase ? TextQueryType.Phrase : TextQueryType.BestFields), page, size);
        if (!phrase && nothingFound(response)) {
            var corrected = corrected(words);
            response = corrected.isPresent()
                    ? run(filters, matching(corrected.get(), TextQueryType.BestFields), page, size)
                    : run(filters, fuzzyOnTitles(words), page, size);
        }
        var allowed = posts.readable(Hits.ids(response), reader, clock.instant()).stream()
                .collect(Collectors.toMap(Post::id, Function.identity()));
        return Hits.recheck(response, allowed, (post, hit) -> new PostHit(post, Hits.snippet(hit)),
                stale -> stale.forEach(id -> outbox.append(Blogs.AGGREGATE, id)), page, size);
    }

    /** The words with each unknown one replaced by the closest word the posts' bodies use, if any differs. */
    private java.util.Optional<String> corrected(String words) {
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(PostIndexer.INDEX)).size(0)
                .suggest(sg -> sg.text(words).suggesters("words", f -> f.term(t -> t.field("body")
                        .suggestMode(co.elastic.clients.elasticsearch._types.SuggestMode.Missing).size(1)))), Void.class));
        var fixed = new StringBuilder(words);
        boolean changed = false;
        var suggestions = new java.util.ArrayList<>(response.suggest().getOrDefault("words", List.of()));
        java.util.Collections.reverse(suggestions); // replace from the end, so earlier offsets stay right
        for (var suggestion : suggestions) {
            var term = suggestion.term();
            if (!term.options().isEmpty()) {
                fixed.replace(term.offset(), term.offset() + term.length(), term.options().get(0).text());
                changed = true;
            }
        }
        return changed ? java.util.Optional.of(fixed.toString()) : java.util.Optional.empty();
    }

    private static boolean nothingFound(SearchResponse<Void> response) {
        return response.hits().total() == null ? response.hits().hits().isEmpty() : response.hits().total().value() == 0;
    }

    private static Query fuzzyOnTitles(String words) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(words).type(TextQueryType.BestFields).fields("title^3", "tags.text^2")
                .fuzziness("AUTO").prefixLength(1).maxExpansions(20)));
    }

    private static Query matching(String words, TextQueryType type) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(words).type(type).fields(FIELDS)));
    }

    private SearchResponse<Void> run(List<Query> filters, Query matching, int page, int size) {
        return Hits.run(() -> search.es().search(s -> s.index(indices.alias(PostIndexer.INDEX))
                .query(q -> q.bool(b -> b.filter(filters).must(matching)))
                .from((page - 1) * size).size(size)
                .source(src -> src.fetch(false))
                .trackTotalHits(t -> t.count(Hits.MAX_WINDOW))
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fields("body", f -> f.numberOfFragments(1).fragmentSize(180))
                        .fields("comments", f -> f.numberOfFragments(1).fragmentSize(180))
                        .fields("title", f -> f.numberOfFragments(0))), Void.class));
    }

}
