package org.guildhall.search.unified;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.DateRangeExpression;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * The facets of a search, counted by Elasticsearch over exactly the results the viewer may see
 * (the visibility filter is part of the query the counts come from). The type switch counts every
 * type whatever type is picked (the pick is a post filter); the other facets count within it.
 */
final class Facets {

    static final int SIZE = 10;

    private Facets() {
    }

    static Map<String, Aggregation> aggregations(Query typePick) {
        var within = new LinkedHashMap<String, Aggregation>();
        within.put("tag", terms("tags"));
        within.put("network", named("networkSlug", "networkName"));
        within.put("skill", terms("skills"));
        within.put("department", terms("department"));
        within.put("author", Aggregation.of(a -> a.filter(f -> f.bool(b -> b.mustNot(n -> n.term(t -> t.field("type")
                        .value(ResultType.PERSON.key())))))
                .aggregations("values", named("author", "authorName"))));
        within.put("since", Aggregation.of(a -> a.dateRange(d -> d.field("at").ranges(java.util.Arrays.stream(Since.values())
                .map(Facets::range).toList()))));
        return Map.of("type", terms("type"), "within", Aggregation.of(a -> a.filter(typePick).aggregations(within)));
    }

    private static DateRangeExpression range(Since since) {
        return DateRangeExpression.of(r -> {
            r.key(since.key());
            if (since.from() != null) {
                r.from(f -> f.expr(since.from()));
            }
            if (since.to() != null) {
                r.to(t -> t.expr(since.to()));
            }
            return r;
        });
    }

    private static Aggregation terms(String field) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(SIZE)));
    }

    /** Values with the name to show for them (a network's slug and its name). */
    private static Aggregation named(String field, String nameField) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(SIZE))
                .aggregations("name", n -> n.terms(t -> t.field(nameField).size(1))));
    }

    /** Every facet, in the order the page shows them, with what is picked marked. */
    static Map<String, List<Results.Facet>> read(Map<String, Aggregate> aggregations, SearchRequest request, SearchQuery query) {
        var facets = new LinkedHashMap<String, List<Results.Facet>>();
        var types = new java.util.HashSet<>(request.types());
        types.addAll(query.types());
        facets.put("type", values(aggregations.get("type"), b -> b.key().stringValue(),
                types.stream().map(ResultType::key).toList()));
        var within = aggregations.get("within").filter().aggregations();
        facets.put("network", values(within.get("network"), Facets::name, request.networks()));
        facets.put("tag", values(within.get("tag"), b -> "#" + b.key().stringValue(), request.tags()));
        facets.put("skill", values(within.get("skill"), b -> b.key().stringValue().replace('-', ' '), request.skills()));
        facets.put("department", values(within.get("department"), b -> b.key().stringValue(), request.departments()));
        facets.put("author", values(within.get("author").filter().aggregations().get("values"), Facets::name, request.authors()));
        var since = new ArrayList<Results.Facet>();
        for (var bucket : within.get("since").dateRange().buckets().array()) {
            if (bucket.docCount() > 0 || (request.since() != null && request.since().key().equals(bucket.key()))) {
                since.add(new Results.Facet(bucket.key(), bucket.key(), bucket.docCount(),
                        request.since() != null && request.since().key().equals(bucket.key())));
            }
        }
        facets.put("since", since);
        return facets;
    }

    private static List<Results.Facet> values(Aggregate aggregate, Function<StringTermsBucket, String> label,
                                              Collection<String> picked) {
        var lowered = picked.stream().map(p -> p.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        return aggregate.sterms().buckets().array().stream().map(b -> new Results.Facet(b.key().stringValue(), label.apply(b),
                b.docCount(), lowered.contains(b.key().stringValue().toLowerCase(java.util.Locale.ROOT)))).toList();
    }

    private static String name(StringTermsBucket bucket) {
        var names = bucket.aggregations().get("name").sterms().buckets().array();
        return names.isEmpty() ? bucket.key().stringValue() : names.get(0).key().stringValue();
    }

    static Set<String> keys() {
        return Set.of("type", "network", "tag", "skill", "department", "author", "since");
    }
}
