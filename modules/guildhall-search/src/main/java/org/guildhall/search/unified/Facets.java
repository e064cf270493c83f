package org.guildhall.search.unified;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.DateRangeExpression;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * The facets of a search, counted by Elasticsearch over exactly the results the viewer may see
 * (the visibility filter is part of the query the counts come from). Picked values are a post
 * filter, so every facet, the type switch included, is counted under every pick but its own.
 */
final class Facets {

    static final int SIZE = 10;

    private Facets() {
    }

    /**
     * Each facet counted under every pick but its own (picks are a post filter): a facet's values
     * are alternatives, so beside each value stands how many results picking it would show.
     */
    static Map<String, Aggregation> aggregations(Map<String, Query> picks) {
        var values = new LinkedHashMap<String, Aggregation>();
        values.put("type", terms("type"));
        values.put("tag", terms("tags"));
        values.put("network", named("networkSlug", "networkName"));
        values.put("skill", terms("skills"));
        values.put("department", terms("department"));
        values.put("author", Aggregation.of(a -> a.filter(f -> f.bool(b -> b.mustNot(n -> n.term(t -> t.field("type")
                        .value(ResultType.PERSON.key())))))
                .aggregations("values", named("author", "authorName"))));
        values.put("since", Aggregation.of(a -> a.dateRange(d -> d.field("at").ranges(java.util.Arrays.stream(Since.values())
                .map(Facets::range).toList()))));
        var facets = new LinkedHashMap<String, Aggregation>();
        values.forEach((facet, counted) -> {
            var others = picks.entrySet().stream().filter(p -> !p.getKey().equals(facet)).map(Map.Entry::getValue).toList();
            facets.put(facet, Aggregation.of(a -> a.filter(allOf(others)).aggregations("values", counted)));
        });
        return facets;
    }

    /** A query every one of these must match (everything, when there are none). */
    static Query allOf(Collection<Query> queries) {
        return queries.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : Query.of(q -> q.bool(b -> b.filter(List.copyOf(queries))));
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
        facets.put("type", values(counted(aggregations, "type"), b -> b.key().stringValue(),
                types.stream().map(ResultType::key).toList()));
        facets.put("network", values(counted(aggregations, "network"), Facets::name, request.networks()));
        facets.put("tag", values(counted(aggregations, "tag"), b -> "#" + b.key().stringValue(),
                request.tags().stream().map(org.guildhall.expertise.SkillKey::of).toList()));
        facets.put("skill", values(counted(aggregations, "skill"), b -> b.key().stringValue().replace('-', ' '), request.skills()));
        facets.put("department", values(counted(aggregations, "department"), b -> b.key().stringValue(), request.departments()));
        facets.put("author", values(counted(aggregations, "author").filter().aggregations().get("values"), Facets::name,
                request.authors()));
        var since = new ArrayList<Results.Facet>();
        for (var bucket : counted(aggregations, "since").dateRange().buckets().array()) {
            boolean picked = request.since() != null && request.since().key().equals(bucket.key());
            if (bucket.docCount() > 0 || picked) {
                since.add(new Results.Facet(bucket.key(), bucket.key(), bucket.docCount(), picked));
            }
        }
        facets.put("since", since);
        return facets;
    }

    private static Aggregate counted(Map<String, Aggregate> aggregations, String facet) {
        return aggregations.get(facet).filter().aggregations().get("values");
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
}
