package org.guildhall.search.unified;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.JsonData;
import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Reader;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.expertise.Skill;
import org.guildhall.expertise.SkillKey;
import org.guildhall.expertise.Taxonomy;
import org.guildhall.relevance.Relevance;
import org.guildhall.relevance.Tuning;
import org.guildhall.search.Audiences;
import org.guildhall.search.Hits;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;

/**
 * One search over people, networks, posts, comments and wiki pages. Visibility is part of the
 * Elasticsearch query itself (so results, counts, facets and corrections only ever come from what
 * the viewer may see), and every shown hit is re-checked against the database.
 *
 * <p>Typo tolerance costs only when needed: the words are matched exactly first; when nothing
 * matches, the closest words the index knows are tried (and offered as "did you mean"), and only
 * then fuzzy matching on titles and tags.
 */
@ApplicationScoped
public class UnifiedSearch {

    @Inject
    SearchClient search;

    @Inject
    Indices indices;

    @Inject
    Readers readers;

    @Inject
    AccessPolicy access;

    @Inject
    Relevance relevance;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Visible visible;

    @Inject
    PeopleEvidence evidence;

    public Results find(Viewer viewer, SearchRequest request) {
        return find(viewer, request, relevance.current(), true);
    }

    /** The relevance weights in force now. */
    public Tuning weights() {
        return relevance.current();
    }

    /**
     * @param weights   the relevance weights to rank by (an admin's preview passes proposed ones)
     * @param correct   search for a close query when the words as typed find nothing
     */
    @Transactional
    public Results find(Viewer viewer, SearchRequest request, Tuning weights, boolean correct) {
        var query = SearchQuery.parse(request.text());
        if ((query.isEmpty() && !picked(request)) || !access.canSeeDirectory(viewer)) {
            return Results.none(query, request.page(), request.size());
        }
        indices.requireSearchable(Entry.INDEX);
        var reader = readers.of(viewer);
        var filters = filters(reader, query);
        var picks = picks(request);
        var synonyms = synonyms(query);
        var response = run(filters, picks, Matching.of(query, synonyms, weights, false), weights, request);
        SearchQuery correction = null;
        String didYouMean = null;
        boolean fuzzy = false;
        if (total(response) == 0 && !query.words().isEmpty()) {
            var corrected = corrected(query, filters);
            if (corrected.isPresent()) {
                var retry = run(filters, picks, Matching.of(corrected.get(), synonyms(corrected.get()), weights, false),
                        weights, request);
                if (total(retry) > 0) {
                    didYouMean = corrected.get().matching();
                    if (correct) {
                        response = retry;
                        correction = corrected.get();
                    }
                }
            }
            if (correction == null && correct) {
                var close = run(filters, picks, Matching.of(query, synonyms, weights, true), weights, request);
                if (total(close) > 0) {
                    response = close;
                    fuzzy = true;
                }
            }
        }
        var subject = correction == null ? query : correction;
        var page = evidence.addTo(visible.page(response, reader, request.page(), request.size()), reader, subject,
                correction == null ? synonyms : synonyms(correction));
        return new Results(query, page, Facets.read(response.aggregations(), request, query),
                correction == null ? null : correction.matching(), didYouMean, fuzzy);
    }

    private static boolean picked(SearchRequest r) {
        return !r.types().isEmpty() || !r.tags().isEmpty() || !r.networks().isEmpty() || !r.skills().isEmpty()
                || !r.departments().isEmpty() || !r.authors().isEmpty() || r.since() != null;
    }

    /** Who may see it, that it is due, and what the query's own filters ({@code tag:}, {@code type:}, ...) ask for. */
    private List<Query> filters(Reader reader, SearchQuery query) {
        var filters = new ArrayList<Query>();
        filters.add(Audiences.filter("readers", reader));
        filters.add(Query.of(q -> q.range(r -> r.untyped(u -> u.field("at").lte(JsonData.of("now"))))));
        if (!query.types().isEmpty()) {
            filters.add(Matching.terms("type", query.types().stream().map(ResultType::key).toList()));
        }
        query.tags().forEach(tag -> filters.add(tags(List.of(tag))));
        query.networks().forEach(network -> filters.add(networks(List.of(network))));
        query.authors().forEach(author -> filters.add(authors(List.of(author))));
        query.skills().forEach(skill -> filters.add(skills(List.of(skill))));
        return filters;
    }

    /**
     * The facet values picked on the results page, by facet. They narrow the results as a post
     * filter, so each facet can be counted under every pick but its own: values of one facet
     * widen (either tag), and the counts beside them say what picking them would add.
     */
    private Map<String, Query> picks(SearchRequest request) {
        var picks = new java.util.LinkedHashMap<String, Query>();
        if (!request.types().isEmpty()) {
            picks.put("type", Matching.terms("type", request.types().stream().map(ResultType::key).toList()));
        }
        if (!request.tags().isEmpty()) {
            picks.put("tag", tags(request.tags()));
        }
        if (!request.networks().isEmpty()) {
            picks.put("network", networks(request.networks()));
        }
        if (!request.skills().isEmpty()) {
            picks.put("skill", skills(request.skills()));
        }
        if (!request.departments().isEmpty()) {
            picks.put("department", Matching.terms("department", request.departments()));
        }
        if (!request.authors().isEmpty()) {
            picks.put("author", authors(request.authors()));
        }
        if (request.since() != null) {
            picks.put("since", since(request.since()));
        }
        return picks;
    }

    private static Query tags(List<String> tags) {
        return Matching.terms("tags", tags.stream().map(SkillKey::of).toList());
    }

    private static Query networks(List<String> networks) {
        return eitherOf("networkSlug", networks.stream().map(SkillKey::of).toList(), "networkName.text", networks);
    }

    private static Query authors(List<String> authors) {
        return eitherOf("author", authors.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList(), "authorName.text", authors);
    }

    private Query skills(List<String> skills) {
        return Matching.terms("skills", skills.stream().flatMap(s -> skillKeys(s).stream()).distinct().toList());
    }

    private static Query since(Since since) {
        return Query.of(q -> q.range(r -> r.untyped(u -> {
            u.field("at");
            if (since.from() != null) {
                u.gte(JsonData.of(since.from()));
            }
            if (since.to() != null) {
                u.lt(JsonData.of(since.to()));
            }
            return u;
        })));
    }

    /** A keyword's exact values, or the phrase in its text field (a slug or a name, a username or a full name). */
    private static Query eitherOf(String keyword, List<String> values, String textField, List<String> phrases) {
        var should = new ArrayList<Query>();
        should.add(Matching.terms(keyword, values));
        phrases.forEach(p -> should.add(Query.of(q -> q.matchPhrase(m -> m.field(textField).query(p)))));
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
    }

    private Set<String> skillKeys(String named) {
        return taxonomy.resolve(named).map(Skill::keys).orElse(Set.of(SkillKey.of(named)));
    }

    /**
     * For the whole text, or each word, that names a skill (by name or alias): the skill's other
     * names, so "ML" also finds "machine learning". Works on any cluster, synonym filter or not.
     */
    private Map<String, Set<String>> synonyms(SearchQuery query) {
        var found = new HashMap<String, Set<String>>();
        var candidates = new ArrayList<String>();
        if (query.words().size() > 1) {
            candidates.add(String.join(" ", query.words()));
        }
        candidates.addAll(query.words());
        var skills = taxonomy.resolveAll(candidates);
        for (var candidate : candidates) {
            var skill = skills.get(candidate);
            if (skill == null || found.keySet().stream().anyMatch(k -> k.contains(" ") && k.contains(candidate))) {
                continue;
            }
            var names = new HashSet<String>();
            names.add(skill.name());
            names.addAll(skill.aliases());
            names.removeIf(n -> n.equalsIgnoreCase(candidate));
            if (!names.isEmpty()) {
                found.put(candidate, names);
            }
        }
        return found;
    }

    /**
     * The words with each one the reader's visible entries do not hold replaced by the closest one
     * they do; empty when none changes. Elasticsearch's term suggester proposes close words from
     * the whole index, so every word and every proposal is counted among what the reader may see,
     * and only those are used: a correction never tells whether a word exists in hidden content.
     */
    Optional<SearchQuery> corrected(SearchQuery query, List<Query> filters) {
        var words = query.words();
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(Entry.INDEX)).size(0)
                .suggest(sg -> sg.text(String.join(" ", words)).suggesters("words", f -> f.term(t -> t.field("spelling")
                        .suggestMode(SuggestMode.Always).size(OPTIONS)))), Void.class));
        var options = new HashMap<Integer, List<String>>();
        for (var suggestion : response.suggest().getOrDefault("words", List.of())) {
            var term = suggestion.term();
            int index = indexIgnoringCase(words, term.text());
            if (index >= 0 && !term.options().isEmpty()) {
                options.put(index, term.options().stream().map(o -> o.text()).toList());
            }
        }
        if (options.isEmpty()) {
            return Optional.empty();
        }
        var asked = new HashSet<String>();
        words.forEach(w -> asked.add(w.toLowerCase(Locale.ROOT)));
        options.values().forEach(asked::addAll);
        var visible = visibleCounts(asked, filters);
        var fixed = new ArrayList<>(words);
        boolean changed = false;
        for (var entry : options.entrySet()) {
            if (visible.getOrDefault(words.get(entry.getKey()).toLowerCase(Locale.ROOT), 0L) > 0) {
                continue;
            }
            var better = entry.getValue().stream().filter(o -> visible.getOrDefault(o, 0L) > 0).findFirst();
            if (better.isPresent()) {
                fixed.set(entry.getKey(), better.get());
                changed = true;
            }
        }
        return changed ? Optional.of(query.withWords(fixed)) : Optional.empty();
    }

    private static final int OPTIONS = 5;

    /** How many entries the reader may see hold each of these words (one request). */
    private Map<String, Long> visibleCounts(Set<String> words, List<Query> filters) {
        var each = new java.util.LinkedHashMap<String, Query>();
        words.forEach(w -> each.put(w, Query.of(q -> q.match(m -> m.field("spelling").query(w).operator(Operator.And)))));
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(Entry.INDEX)).size(0)
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations("words", a -> a.filters(f -> f.filters(b -> b.keyed(each)))), Void.class));
        var counts = new HashMap<String, Long>();
        response.aggregations().get("words").filters().buckets().keyed().forEach((word, bucket) -> counts.put(word, bucket.docCount()));
        return counts;
    }

    private static int indexIgnoringCase(List<String> words, String wanted) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private SearchResponse<Entry> run(List<Query> filters, Map<String, Query> picks, Query matching, Tuning weights,
                                      SearchRequest request) {
        var ranked = Matching.ranked(matching, weights);
        return Hits.run(() -> search.es().search(s -> {
            s.index(indices.alias(Entry.INDEX))
                    .query(q -> q.bool(b -> b.filter(filters).must(ranked)))
                    .postFilter(Facets.allOf(picks.values()))
                    .aggregations(Facets.aggregations(picks))
                    .from((request.page() - 1) * request.size()).size(request.size())
                    .source(src -> src.filter(f -> f.excludes("text", "readers", "spelling")))
                    .trackTotalHits(t -> t.count(Hits.MAX_WINDOW))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .fields("title", f -> f.numberOfFragments(0))
                            .fields("text", f -> f.numberOfFragments(1).fragmentSize(180)));
            if (request.sort() == SearchRequest.Sort.DATE) {
                s.sort(o -> o.field(f -> f.field("at").order(SortOrder.Desc)));
            }
            return s;
        }, Entry.class));
    }

    private static long total(SearchResponse<?> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }
}
