package org.guildhall.search.unified;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.JsonData;
import org.guildhall.access.Reader;
import org.guildhall.expertise.EvidenceSources;
import org.guildhall.paging.Page;
import org.guildhall.search.Audiences;
import org.guildhall.search.Hits;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;
import org.guildhall.search.expertise.ContributionIndexer;
import org.guildhall.search.expertise.EvidenceItem;

/**
 * Why a person is a result for a subject: their best contributions on it, from the expertise
 * directory's evidence, among what the viewer may read (in Elasticsearch and again in the
 * database). People found by name alone carry none.
 */
@ApplicationScoped
class PeopleEvidence {

    private static final int PER_PERSON = 2;

    @Inject
    SearchClient search;

    @Inject
    Indices indices;

    @Inject
    EvidenceSources sources;

    /** @param synonyms a skill's other names for words of the query that name it ("ML": "machine learning") */
    Page<Result> addTo(Page<Result> page, Reader reader, SearchQuery query, Map<String, java.util.Set<String>> synonyms) {
        var usernames = page.items().stream().filter(r -> r.type() == ResultType.PERSON).map(Result::author).toList();
        if (usernames.isEmpty() || !query.hasText() || !indices.searchable(ContributionIndexer.INDEX)) {
            return page;
        }
        var found = evidence(usernames, reader, subject(query, synonyms));
        return page.map(r -> r.type() == ResultType.PERSON && found.containsKey(r.author()) ? r.withEvidence(found.get(r.author())) : r);
    }

    /** What counts as writing on the subject: all of the query's words, or any other name of a skill it names. */
    private static Query subject(SearchQuery query, Map<String, java.util.Set<String>> synonyms) {
        var ways = new java.util.ArrayList<Query>();
        ways.add(Query.of(q -> q.multiMatch(mm -> mm.query(query.matching()).fields("title^2", "text")
                .type(TextQueryType.CrossFields).operator(Operator.And))));
        synonyms.values().stream().flatMap(java.util.Set::stream).forEach(name -> ways.add(Query.of(q -> q.multiMatch(mm -> mm
                .query(name).fields("title^2", "text").type(TextQueryType.Phrase)))));
        return Query.of(q -> q.bool(b -> b.should(ways).minimumShouldMatch("1")));
    }

    private Map<String, List<EvidenceItem>> evidence(List<String> usernames, Reader reader, Query subject) {
        var filters = List.of(Audiences.filter("readers", reader), Matching.terms("author", usernames),
                Query.of(q -> q.range(r -> r.untyped(u -> u.field("at").lte(JsonData.of("now"))))));
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(ContributionIndexer.INDEX)).size(0)
                .query(q -> q.bool(b -> b.filter(filters).must(subject)))
                .aggregations("people", a -> a.terms(t -> t.field("author").size(usernames.size()))
                        .aggregations("best", best -> best.topHits(th -> th.size(PER_PERSON)
                                .source(src -> src.filter(f -> f.includes("kind", "title", "link", "at", "networkName", "appreciation")))
                                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                                        .fields("text", f -> f.numberOfFragments(1).fragmentSize(140)))))), Void.class));
        var shown = new HashMap<String, List<EvidenceItem>>();
        var ids = new ArrayList<String>();
        var candidates = new HashMap<String, List<Map.Entry<String, EvidenceItem>>>();
        for (var bucket : response.aggregations().get("people").sterms().buckets().array()) {
            var person = bucket.key().stringValue();
            for (var hit : bucket.aggregations().get("best").topHits().hits().hits()) {
                var source = hit.source().to(Map.class);
                var snippet = hit.highlight().get("text");
                var item = new EvidenceItem((String) source.get("kind"), (String) source.get("title"),
                        snippet == null ? null : String.join(" … ", snippet), (String) source.get("link"),
                        source.get("at") == null ? null : java.time.Instant.parse((String) source.get("at")),
                        (String) source.get("networkName"), ((Number) source.getOrDefault("appreciation", 0)).intValue());
                candidates.computeIfAbsent(person, k -> new ArrayList<>()).add(Map.entry(hit.id(), item));
                ids.add(hit.id());
            }
        }
        var readable = sources.readable(reader, ids);
        candidates.forEach((person, items) -> shown.put(person, items.stream().filter(i -> readable.contains(i.getKey()))
                .map(Map.Entry::getValue).toList()));
        return shown;
    }
}
