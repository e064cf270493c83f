package org.guildhall.search.unified;

import java.util.ArrayList;
import java.util.Collections;
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
        var filters = filters(reader, query, request);
        var typePick = typePick(query, request);
        var synonyms = synonyms(query);
        var response = run(filters, typePick, Matching.of(query, synonyms, weights, false), weights, request);
        String correctedTo = null;
        String didYouMean = null;
        boolean fuzzy = false;
        if (total(response) == 0 && !query.words().isEmpty()) {
            var corrected = corrected(query);
            if (corrected.isPresent()) {
                var retry = run(filters, typePick, Matching.of(corrected.get(), synonyms(corrected.get()), weights, false),
                        weights, request);
                if (total(retry) > 0) {
                    didYouMean = corrected.get().matching();
                    if (correct) {
                        response = retry;
                        correctedTo = didYouMean;
                    }
                }
            }
            if (correctedTo == null && correct) {
                var close = run(filters, typePick, Matching.of(query, synonyms, weights, true), weights, request);
                if (total(close) > 0) {
                    response = close;
                    fuzzy = true;
                }
            }
        }
        var page = evidence.addTo(visible.page(response, reader, request.page(), request.size()), reader,
                correctedTo == null ? query : corrected(query).orElse(query));
        return new Results(query, page, Facets.read(response.aggregations(), request, query), correctedTo, didYouMean, fuzzy);
    }

    private static boolean picked(SearchRequest r) {
        return !r.types().isEmpty() || !r.tags().isEmpty() || !r.networks().isEmpty() || !r.skills().isEmpty()
                || !r.departments().isEmpty() || !r.authors().isEmpty() || r.since() != null;
    }

    /** Who may see it, that it is due, and what the query's filters and the picked facets ask for. */
    private List<Query> filters(Reader reader, SearchQuery query, SearchRequest request) {
        var filters = new ArrayList<Query>();
        filters.add(Audiences.filter("readers", reader));
        filters.add(Query.of(q -> q.range(r -> r.untyped(u -> u.field("at").lte(JsonData.of("now"))))));
        var tags = union(query.tags(), request.tags()).stream().map(SkillKey::of).toList();
        if (!tags.isEmpty()) {
            filters.add(Matching.terms("tags", tags));
        }
        var networks = union(query.networks(), request.networks());
        if (!networks.isEmpty()) {
            filters.add(eitherOf("networkSlug", networks.stream().map(SkillKey::of).toList(), "networkName.text", networks));
        }
        var authors = union(query.authors(), request.authors());
        if (!authors.isEmpty()) {
            filters.add(eitherOf("author", authors.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList(), "authorName.text", authors));
        }
        var skills = union(query.skills(), request.skills());
        if (!skills.isEmpty()) {
            filters.add(Matching.terms("skills", skills.stream().flatMap(s -> skillKeys(s).stream()).distinct().toList()));
        }
        if (!request.departments().isEmpty()) {
            filters.add(Matching.terms("department", request.departments()));
        }
        if (request.since() != null) {
            var since = request.since();
            filters.add(Query.of(q -> q.range(r -> r.untyped(u -> {
                u.field("at");
                if (since.from() != null) {
                    u.gte(JsonData.of(since.from()));
                }
                if (since.to() != null) {
                    u.lt(JsonData.of(since.to()));
                }
                return u;
            }))));
        }
        return filters;
    }

    private static Query typePick(SearchQuery query, SearchRequest request) {
        var types = new HashSet<>(request.types());
        types.addAll(query.types());
        return types.isEmpty() ? Query.of(q -> q.matchAll(m -> m))
                : Matching.terms("type", types.stream().map(ResultType::key).toList());
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
        var whole = String.join(" ", query.words());
        var candidates = new ArrayList<String>();
        if (query.words().size() > 1) {
            candidates.add(whole);
        }
        candidates.addAll(query.words());
        for (var candidate : candidates) {
            if (found.keySet().stream().anyMatch(k -> k.contains(" ") && k.contains(candidate))) {
                continue;
            }
            taxonomy.resolve(candidate).ifPresent(skill -> {
                var names = new HashSet<String>();
                names.add(skill.name());
                names.addAll(skill.aliases());
                names.removeIf(n -> n.equalsIgnoreCase(candidate));
                if (!names.isEmpty()) {
                    found.put(candidate, names);
                }
            });
        }
        return found;
    }

    /** The words with each one the index does not know replaced by the closest it does; empty when none changes. */
    Optional<SearchQuery> corrected(SearchQuery query) {
        var words = String.join(" ", query.words());
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(Entry.INDEX)).size(0)
                .suggest(sg -> sg.text(words).suggesters("words", f -> f.term(t -> t.field("spelling")
                        .suggestMode(SuggestMode.Missing).size(1)))), Void.class));
        var fixed = new ArrayList<>(query.words());
        boolean changed = false;
        var suggestions = new ArrayList<>(response.suggest().getOrDefault("words", List.of()));
        for (var suggestion : suggestions) {
            var term = suggestion.term();
            if (!term.options().isEmpty()) {
                int index = fixed.indexOf(term.text());
                if (index < 0) {
                    index = indexIgnoringCase(fixed, term.text());
                }
                if (index >= 0) {
                    fixed.set(index, term.options().get(0).text());
                    changed = true;
                }
            }
        }
        return changed ? Optional.of(query.withWords(fixed)) : Optional.empty();
    }

    private static int indexIgnoringCase(List<String> words, String wanted) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private SearchResponse<Entry> run(List<Query> filters, Query typePick, Query matching, Tuning weights, SearchRequest request) {
        var ranked = Matching.ranked(matching, weights);
        return Hits.run(() -> search.es().search(s -> {
            s.index(indices.alias(Entry.INDEX))
                    .query(q -> q.bool(b -> b.filter(filters).must(ranked)))
                    .postFilter(typePick)
                    .aggregations(Facets.aggregations(typePick))
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

    private static List<String> union(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        b.stream().filter(v -> !all.contains(v)).forEach(all::add);
        return Collections.unmodifiableList(all);
    }
}
