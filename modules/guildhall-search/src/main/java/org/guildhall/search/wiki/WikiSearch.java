package org.guildhall.search.wiki;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.JsonData;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.network.NetworkVisits;
import org.guildhall.outbox.Outbox;
import org.guildhall.paging.Page;
import org.guildhall.search.Audiences;
import org.guildhall.search.Hits;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;
import org.guildhall.wiki.WikiEditor;
import org.guildhall.wiki.WikiPage;
import org.guildhall.wiki.WikiRepository;

/**
 * Searches wiki pages, in one wiki or across every wiki the reader may read. A page past its
 * review date ranks a little lower than an equally good current one. Hits are re-checked against
 * the database before they are shown.
 */
@ApplicationScoped
public class WikiSearch {

    /** How much a stale page's score keeps: enough to lose a tie, not enough to vanish. */
    static final double STALE_WEIGHT = 0.7;

    @Inject
    SearchClient search;

    @Inject
    Indices indices;

    @Inject
    WikiRepository wikis;

    @Inject
    NetworkVisits visits;

    @Inject
    Readers readers;

    @Inject
    AccessPolicy access;

    @Inject
    Outbox outbox;

    /** A matching page and a highlighted snippet (HTML-escaped text with {@code <mark>}). */
    public record WikiHit(WikiPage page, String snippet) {
    }

    /** Pages matching {@code text}; only in the network with {@code networkSlug} when it is given. */
    @Transactional
    public Page<WikiHit> find(Viewer viewer, String networkSlug, String text, int page, int size) {
        if (text == null || text.isBlank() || !access.canSeeDirectory(viewer)) {
            return new Page<>(List.of(), 0, page, size);
        }
        var filters = new ArrayList<Query>();
        if (networkSlug != null) {
            var network = visits.requireContent(viewer, networkSlug).network();
            filters.add(Query.of(q -> q.term(t -> t.field("networkId").value(network.id()))));
        }
        indices.requireSearchable(WikiPageIndexer.INDEX);
        var reader = readers.of(viewer);
        filters.add(Audiences.filter("readers", reader));
        var words = text.strip();
        boolean phrase = words.length() > 2 && words.startsWith("\"") && words.endsWith("\"");
        var matching = Query.of(q -> q.multiMatch(mm -> mm.query(phrase ? words.substring(1, words.length() - 1) : words)
                .type(phrase ? TextQueryType.Phrase : TextQueryType.BestFields)
                .fields("title^3", "tags.text^2", "body", "networkName")));
        var stale = Query.of(q -> q.range(r -> r.untyped(u -> u.field("reviewBy").lt(JsonData.of("now/d")))));
        SearchResponse<Void> response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(WikiPageIndexer.INDEX))
                .query(q -> q.boosting(b -> b.positive(p -> p.bool(bb -> bb.filter(filters).must(matching)))
                        .negative(stale).negativeBoost(STALE_WEIGHT)))
                .from((page - 1) * size).size(size)
                .source(src -> src.fetch(false))
                .trackTotalHits(t -> t.count(Hits.MAX_WINDOW))
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fields("body", f -> f.numberOfFragments(1).fragmentSize(180))
                        .fields("title", f -> f.numberOfFragments(0))), Void.class));
        var allowed = wikis.readable(Hits.ids(response), reader).stream()
                .collect(Collectors.toMap(WikiPage::id, Function.identity()));
        return Hits.recheck(response, allowed, (p, hit) -> new WikiHit(p, Hits.snippet(hit)),
                gone -> gone.forEach(id -> outbox.append(WikiEditor.AGGREGATE, id)), page, size);
    }

}
