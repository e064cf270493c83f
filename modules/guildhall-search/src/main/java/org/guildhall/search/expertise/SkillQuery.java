package org.guildhall.search.expertise;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * Which contributions speak of a skill, and how strongly. Each word of the skill's learned
 * vocabulary (words its experts use, weighted by how telling they are) is one signal; naming the
 * skill (its name or an alias in the text or title, or one of its keys as a tag) is one more. Once
 * the vocabulary is learned a contribution needs two signals: people who talk <em>about</em> a
 * topic name it, however often; people who know it use its jargon.
 */
final class SkillQuery {

    private SkillQuery() {
    }

    static Query of(SkillVocabulary.Words words) {
        var naming = new ArrayList<Query>();
        var keys = words.keys().stream().map(FieldValue::of).toList();
        naming.add(Query.of(q -> q.terms(t -> t.field("tags").terms(v -> v.value(keys)))));
        for (var name : words.names()) {
            naming.add(Query.of(q -> q.matchPhrase(m -> m.field("text").query(name))));
            // A comment carries its post's title for display; naming the skill there is the post's doing.
            naming.add(Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("kind").value("post")))
                    .must(m -> m.matchPhrase(mp -> mp.field("title").query(name))))));
        }
        var should = new ArrayList<Query>();
        should.add(Query.of(q -> q.constantScore(c -> c.filter(f -> f.bool(b -> b.should(naming))).boost(1f))));
        for (var term : words.learned()) {
            should.add(Query.of(q -> q.term(t -> t.field("text").value(term.term()).boost((float) term.weight()))));
        }
        int needed = words.learned().isEmpty() ? 1 : 2;
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch(Integer.toString(needed))));
    }

    /** Contributions that speak of any of these skills (a person must then have evidence for each). */
    static Query ofAny(List<SkillVocabulary.Words> skills) {
        return Query.of(q -> q.bool(b -> b.should(skills.stream().map(SkillQuery::of).toList()).minimumShouldMatch("1")));
    }
}
