package org.guildhall.search.expertise;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.JsonData;
import org.guildhall.access.Reader;
import org.guildhall.search.Audiences;

/**
 * How much one contribution weighs as evidence: its relevance to the skill × its recency × its
 * appreciation. Recency halves every half-life ({@code guildhall.expertise.half-life-days},
 * 365 by default): a contribution from a year ago counts half, from two years a quarter.
 * Appreciation is {@code log2(2 + thanks)}: the first thanks count most. Built from
 * {@code function_score} alone, which every Elasticsearch has (no scripting module needed).
 */
@ApplicationScoped
public class Evidential {

    private static final double LOG2_E = 1 / Math.log(2);

    @Inject
    org.guildhall.search.SearchClient search;

    @Inject
    org.guildhall.expertise.EvidenceSources sources;

    @Inject
    org.guildhall.search.Indices indices;

    @Inject
    @ConfigProperty(name = "guildhall.expertise.half-life-days", defaultValue = "365")
    int halfLifeDays;

    public Duration halfLife() {
        return Duration.ofDays(Math.max(1, halfLifeDays));
    }

    /** The contributions the reader may read and that are published by now. */
    List<Query> readableBy(Reader reader) {
        return List.of(Audiences.filter("readers", reader),
                Query.of(q -> q.range(r -> r.untyped(u -> u.field("at").lte(JsonData.of("now"))))));
    }

    /** Scores each matching contribution by its weight as evidence: relevance × recency × appreciation. */
    Query weighted(Query relevant) {
        return score(relevant, FunctionBoostMode.Multiply);
    }

    /** The same weight without relevance (1 for a recent, unthanked contribution), to measure how much a person showed. */
    Query unweighted(Query relevant) {
        return score(relevant, FunctionBoostMode.Replace);
    }

    private Query score(Query relevant, FunctionBoostMode mode) {
        return Query.of(q -> q.functionScore(fs -> fs.query(relevant)
                .functions(f -> f.exp(d -> d.untyped(u -> u.field("at").placement(p -> p.origin(JsonData.of("now"))
                        .scale(JsonData.of(halfLife().toDays() + "d")).decay(0.5)))))
                .functions(f -> f.weight(LOG2_E).fieldValueFactor(v -> v.field("appreciation")
                        .modifier(FieldValueFactorModifier.Ln2p).missing(0.0)))
                .scoreMode(FunctionScoreMode.Multiply).boostMode(mode)));
    }

    static co.elastic.clients.elasticsearch.core.search.Highlight highlight(Query query) {
        return co.elastic.clients.elasticsearch.core.search.Highlight.of(h -> h.encoder(HighlighterEncoder.Html)
                .preTags("<mark>").postTags("</mark>")
                .fields("text", f -> f.numberOfFragments(1).fragmentSize(160).noMatchSize(160).highlightQuery(query)));
    }

    static List<String> sourceFields() {
        return List.of("kind", "title", "link", "at", "networkName", "appreciation");
    }

    /**
     * These contributions (by id) with snippets marking the words of {@code relevant}: only those
     * the reader may read, re-checked against the database, since search may lag behind a change.
     */
    java.util.Map<String, EvidenceItem> shown(Reader reader, Query relevant, List<String> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        var filters = new java.util.ArrayList<>(readableBy(reader));
        filters.add(Query.of(q -> q.ids(i -> i.values(ids.stream().distinct().toList()))));
        var response = org.guildhall.search.Hits.run(() -> search.es().search(s -> s.index(indices.alias(ContributionIndexer.INDEX))
                .size(ids.size()).query(q -> q.bool(b -> b.filter(filters)))
                .source(src -> src.filter(f -> f.includes(sourceFields())))
                .highlight(highlight(relevant)), JsonData.class));
        var readable = sources.readable(reader, response.hits().hits().stream().map(h -> h.id()).toList());
        var byId = new java.util.HashMap<String, EvidenceItem>();
        response.hits().hits().stream().filter(hit -> readable.contains(hit.id())).forEach(hit -> byId.put(hit.id(), item(hit)));
        return byId;
    }

    /** The stored fields evidence shows. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Shown(String kind, String title, String link, java.time.Instant at, String networkName, Integer appreciation) {
    }

    static EvidenceItem item(Hit<JsonData> hit) {
        return item(hit.source() == null ? null : hit.source().to(Shown.class), hit.highlight());
    }

    static EvidenceItem item(Shown stored, java.util.Map<String, List<String>> highlight) {
        var snippet = highlight.getOrDefault("text", List.of()).stream().findFirst().orElse(null);
        var shown = stored == null ? new Shown("post", "", "#", null, null, 0) : stored;
        return new EvidenceItem(shown.kind(), shown.title(), snippet, shown.link(), shown.at(), shown.networkName(),
                shown.appreciation() == null ? 0 : shown.appreciation());
    }
}
