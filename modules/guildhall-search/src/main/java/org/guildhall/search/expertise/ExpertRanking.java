package org.guildhall.search.expertise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import org.guildhall.access.Reader;
import org.guildhall.search.Hits;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;

/**
 * Ranks authors by their evidence for some skills among the contributions the reader may read: a
 * contribution the reader cannot see neither shows nor counts. The strongest
 * {@value #EVIDENCE_WINDOW} contributions (each weighed by {@link Evidential}) are read, and each
 * person's evidence is the sum of their contributions' weights among them.
 */
@ApplicationScoped
public class ExpertRanking {

    /** How many of the strongest contributions a ranking reads: the long tail adds nothing to the top. */
    static final int EVIDENCE_WINDOW = 1000;

    @Inject
    SearchClient search;

    @Inject
    Indices indices;

    @Inject
    Evidential evidential;

    @Inject
    org.guildhall.expertise.EvidenceSources sources;

    /** A person with evidence: its total weight, how many contributions carry it (per skill too), where it was written. */
    public record Candidate(String username, double evidence, long contributions, Map<Long, Long> perSkill,
                            List<String> networks) {
    }

    /**
     * The {@code size} people with the most evidence for any of the skills.
     *
     * @param only     when not null, only these authors (people matching a filter)
     * @param excluded authors never to rank (people who hid the skill)
     */
    public List<Candidate> rank(Reader reader, List<SkillVocabulary.Words> skills, Collection<String> only,
                                Collection<String> excluded, int size) {
        indices.requireSearchable(ContributionIndexer.INDEX);
        if (skills.isEmpty() || (only != null && only.isEmpty())) {
            return List.of();
        }
        var filters = new ArrayList<>(evidential.readableBy(reader));
        if (only != null) {
            filters.add(authors(only));
        }
        var query = Query.of(q -> q.bool(b -> b.filter(filters).must(evidential.weighted(named(skills)))
                .mustNot(excluded.isEmpty() ? List.of() : List.of(authors(excluded)))));
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(ContributionIndexer.INDEX))
                .size(EVIDENCE_WINDOW).query(query).source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(false))
                .docvalueFields(f -> f.field("author")).docvalueFields(f -> f.field("networkName")), Void.class));
        var people = new LinkedHashMap<String, Tally>();
        for (var hit : response.hits().hits()) {
            var author = first(hit, "author");
            if (author != null) {
                people.computeIfAbsent(author, Tally::new).add(hit);
            }
        }
        return people.values().stream().sorted(Comparator.comparingDouble((Tally t) -> -t.evidence))
                .limit(size).map(t -> t.candidate(skills)).toList();
    }

    /**
     * The best contributions of each of these people for the skills (at most three each), with
     * snippets: what "why" shows, for one page of results. Two light requests: the strongest
     * contributions of these people (ids only), then the chosen ones with their snippets.
     */
    public Map<String, List<EvidenceItem>> evidenceOf(Reader reader, List<SkillVocabulary.Words> skills,
                                                      Collection<String> usernames) {
        if (usernames.isEmpty() || skills.isEmpty()) {
            return Map.of();
        }
        var relevant = SkillQuery.ofAny(skills);
        var filters = new ArrayList<>(evidential.readableBy(reader));
        filters.add(authors(usernames));
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(ContributionIndexer.INDEX))
                .size(usernames.size() * 20).query(q -> q.bool(b -> b.filter(filters).must(evidential.weighted(relevant))))
                .source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(false))
                .docvalueFields(f -> f.field("author")), Void.class));
        var chosen = new LinkedHashMap<String, List<String>>();
        for (var hit : response.hits().hits()) {
            var ids = chosen.computeIfAbsent(first(hit, "author"), k -> new ArrayList<>());
            if (ids.size() < 3) {
                ids.add(hit.id());
            }
        }
        var shown = evidential.shown(reader, relevant, chosen.values().stream().flatMap(List::stream).toList());
        var evidence = new HashMap<String, List<EvidenceItem>>();
        chosen.forEach((author, ids) -> evidence.put(author, ids.stream().map(shown::get).filter(java.util.Objects::nonNull).toList()));
        return evidence;
    }

    /** The latest posts that speak of a skill, among what the reader may read. */
    public List<EvidenceItem> latestOn(Reader reader, SkillVocabulary.Words skill, int size) {
        indices.requireSearchable(ContributionIndexer.INDEX);
        var relevant = SkillQuery.of(skill);
        var filters = new ArrayList<>(evidential.readableBy(reader));
        filters.add(Query.of(q -> q.term(t -> t.field("kind").value("post"))));
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(ContributionIndexer.INDEX)).size(size)
                .query(q -> q.bool(b -> b.filter(filters).must(relevant)))
                .sort(so -> so.field(f -> f.field("at").order(SortOrder.Desc)))
                .source(src -> src.filter(f -> f.includes(Evidential.sourceFields())))
                .highlight(Evidential.highlight(relevant)), JsonData.class));
        var readable = sources.readable(reader, response.hits().hits().stream().map(h -> h.id()).toList());
        return response.hits().hits().stream().filter(h -> readable.contains(h.id())).map(Evidential::item).toList();
    }

    /** Each skill's query, named by its id so a hit tells which skills it speaks of. */
    static Query named(List<SkillVocabulary.Words> skills) {
        var named = skills.stream().map(w -> Query.of(q -> q.bool(b -> b.must(SkillQuery.of(w)).queryName(name(w))))).toList();
        return Query.of(q -> q.bool(b -> b.should(named).minimumShouldMatch("1")));
    }

    static String name(SkillVocabulary.Words w) {
        return "skill-" + w.skillId();
    }

    static String first(Hit<?> hit, String field) {
        var values = hit.fields().get(field);
        if (values == null) {
            return null;
        }
        var list = values.to(List.class);
        return list.isEmpty() ? null : String.valueOf(list.get(0));
    }

    private static Query authors(Collection<String> usernames) {
        var values = usernames.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field("author").terms(v -> v.value(values))));
    }

    /** One person's evidence as the hits arrive. */
    private static final class Tally {
        final String username;
        double evidence;
        long contributions;
        final Map<String, Long> perSkill = new HashMap<>();
        final Map<String, Integer> networks = new HashMap<>();

        Tally(String username) {
            this.username = username;
        }

        void add(Hit<?> hit) {
            evidence += hit.score() == null ? 0 : hit.score();
            contributions++;
            hit.matchedQueries().forEach(q -> perSkill.merge(q, 1L, Long::sum));
            var network = first(hit, "networkName");
            if (network != null) {
                networks.merge(network, 1, Integer::sum);
            }
        }

        Candidate candidate(List<SkillVocabulary.Words> skills) {
            var counts = new HashMap<Long, Long>();
            skills.forEach(w -> counts.put(w.skillId(), perSkill.getOrDefault(name(w), 0L)));
            var top = networks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(3).map(Map.Entry::getKey).toList();
            return new Candidate(username, evidence, contributions, counts, top);
        }
    }
}
