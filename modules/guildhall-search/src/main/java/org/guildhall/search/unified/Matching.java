package org.guildhall.search.unified;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.json.JsonData;
import org.guildhall.relevance.Tuning;

/**
 * The text part of a search in Elasticsearch's terms: every word must match somewhere (title, tags,
 * body, author, network), a word that names a skill also matches the skill's other names, phrases
 * match as phrases, excluded words must not match; then the relevance weights rank what matched.
 */
final class Matching {

    private Matching() {
    }

    /**
     * @param synonyms for each word or phrase that names a skill, the skill's other names
     * @param fuzzy    tolerate typos (on titles and tags only: fuzziness over every body costs too much)
     */
    static Query of(SearchQuery query, java.util.Map<String, Set<String>> synonyms, Tuning weights, boolean fuzzy) {
        var must = new ArrayList<Query>();
        var fields = fields(weights, fuzzy);
        var words = new ArrayList<>(query.words());
        synonyms.forEach((named, others) -> {
            if (named.contains(" ")) {
                words.removeAll(List.of(named.split(" ")));
                must.add(anyOf(named, others, fields));
            }
        });
        for (var word : words) {
            var others = synonyms.get(word);
            must.add(others == null ? word(word, fields, fuzzy) : anyOf(word, others, fields));
        }
        query.phrases().forEach(phrase -> must.add(phrase(phrase, fields)));
        var mustNot = query.excluded().stream().map(excluded -> phrase(excluded, fields(weights, false))).toList();
        return Query.of(q -> q.bool(b -> b.must(must.isEmpty() ? List.of(Query.of(m -> m.matchAll(a -> a))) : must)
                .mustNot(mustNot)));
    }

    /**
     * The relevance weights around a matching query: mild boosts for recent and thanked content, a
     * mild penalty for stale pages. A boost of 0 (or a factor of 1) is left out, not sent as a no-op.
     */
    static Query ranked(Query matching, Tuning weights) {
        var boosts = new ArrayList<FunctionScore>();
        boosts.add(FunctionScore.of(f -> f.weight(1.0)));
        if (weights.recencyBoost() > 0) {
            boosts.add(FunctionScore.of(f -> f.weight(weights.recencyBoost()).exp(d -> d.untyped(u -> u.field("at")
                    .placement(p -> p.origin(JsonData.of("now")).scale(JsonData.of(weights.recencyDays() + "d")).decay(0.5))))));
        }
        if (weights.thanksBoost() > 0) {
            boosts.add(FunctionScore.of(f -> f.weight(weights.thanksBoost()).fieldValueFactor(v -> v.field("appreciation")
                    .modifier(FieldValueFactorModifier.Log1p).missing(0.0))));
        }
        var boosted = Query.of(q -> q.functionScore(fs -> fs.query(matching).functions(boosts)
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Multiply)));
        if (weights.staleFactor() >= 1) {
            return boosted;
        }
        return Query.of(q -> q.functionScore(fs -> fs.query(boosted)
                .functions(f -> f.weight(weights.staleFactor()).filter(stale -> stale.range(r -> r.untyped(u -> u.field("reviewBy")
                        .lt(JsonData.of("now/d"))))))
                .scoreMode(FunctionScoreMode.Multiply).boostMode(FunctionBoostMode.Multiply)));
    }

    private static List<String> fields(Tuning weights, boolean fuzzy) {
        if (fuzzy) {
            return List.of("title.plain^" + weights.title(), "tags.text^" + weights.tags());
        }
        return List.of("title^" + weights.title(), "tags.text^" + weights.tags(), "text^" + weights.body(),
                "authorName.text", "networkName.text", "department.text");
    }

    private static Query word(String word, List<String> fields, boolean fuzzy) {
        return Query.of(q -> q.multiMatch(mm -> {
            mm.query(word).fields(fields).type(TextQueryType.BestFields).operator(Operator.And);
            return fuzzy ? mm.fuzziness("AUTO").prefixLength(1).maxExpansions(20) : mm;
        }));
    }

    private static Query phrase(String phrase, List<String> fields) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(phrase).fields(fields).type(TextQueryType.Phrase)));
    }

    private static Query anyOf(String named, Set<String> others, List<String> fields) {
        var alternatives = new ArrayList<Query>();
        alternatives.add(named.contains(" ") ? phrase(named, fields) : word(named, fields, false));
        others.forEach(other -> alternatives.add(phrase(other, fields)));
        return Query.of(q -> q.bool(b -> b.should(alternatives).minimumShouldMatch("1")));
    }

    static Query terms(String field, List<String> values) {
        var list = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(list))));
    }
}
