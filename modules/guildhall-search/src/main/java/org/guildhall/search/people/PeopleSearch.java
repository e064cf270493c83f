package org.guildhall.search.people;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Viewer;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;
import org.guildhall.paging.Page;
import org.guildhall.search.SearchUnavailable;

/**
 * Finds people by name, username, department, title, location or what they wrote about
 * themselves. Elasticsearch ranks and highlights; the profiles shown come from the database.
 */
@ApplicationScoped
public class PeopleSearch {

    @Inject
    SearchClient search;

    @Inject
    PersonRepository people;

    @Inject
    AccessPolicy access;

    @Inject
    Indices indices;

    /** A matching person and, where the match was in their text, a snippet with {@code <mark>}s (HTML-escaped). */
    public record PersonHit(Person person, String snippet) {
    }

    @Transactional
    public Page<PersonHit> find(Viewer viewer, String text, int page, int size) {
        return find(viewer, text, null, page, size);
    }

    /** People matching the text (typos forgiven, a word may be half typed), in one department when it is given. */
    @Transactional
    public Page<PersonHit> find(Viewer viewer, String text, String department, int page, int size) {
        if (!access.canSeeDirectory(viewer)) {
            return new Page<>(List.of(), 0, page, size);
        }
        // Typo tolerance only when it is needed: exact words (or a prefix being typed) first.
        var response = query(text, department, page, size, false);
        if (text != null && !text.isBlank()
                && (response.hits().total() == null ? response.hits().hits().isEmpty() : response.hits().total().value() == 0)) {
            response = query(text, department, page, size, true);
        }
        var hits = response.hits().hits();
        var byId = people.findAll(hits.stream().map(h -> Long.valueOf(h.id())).toList()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        var found = hits.stream()
                .filter(h -> byId.containsKey(Long.valueOf(h.id())))
                .map(h -> new PersonHit(byId.get(Long.valueOf(h.id())), snippet(h)))
                .toList();
        long total = response.hits().total() == null ? found.size() : response.hits().total().value();
        return new Page<>(found, total, page, size);
    }

    /**
     * Words match whole with a typo or two ("pryia" finds Priya) or as a prefix while still being
     * typed ("pri"); the department, when given, filters.
     */
    private SearchResponse<Void> query(String text, String department, int page, int size, boolean fuzzy) {
        indices.requireSearchable(PeopleIndexer.INDEX);
        boolean browse = text == null || text.isBlank();
        var fields = List.of("displayName^4", "username^3", "department^2", "title^2", "location", "about");
        Query matching = browse
                ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                        .should(s -> s.multiMatch(m -> {
                            m.query(text.strip()).type(TextQueryType.BestFields).fields(fields).operator(Operator.And);
                            return fuzzy ? m.fuzziness("AUTO").prefixLength(1).maxExpansions(20) : m;
                        }))
                        .should(s -> s.multiMatch(m -> m.query(text.strip()).type(TextQueryType.BoolPrefix).fields(fields)))));
        Query query = department == null || department.isBlank() ? matching
                : Query.of(q -> q.bool(b -> b.must(matching)
                        .filter(f -> f.term(t -> t.field("department.keyword").value(department.strip())))));
        try {
            return search.es().search(s -> {
                s.index(indices.alias(PeopleIndexer.INDEX))
                    .query(query)
                    .from((page - 1) * size)
                    .size(size)
                    .source(src -> src.fetch(false))
                    .trackTotalHits(t -> t.count(org.guildhall.search.Hits.MAX_WINDOW))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html)
                            .preTags("<mark>").postTags("</mark>")
                            .fields("about", f -> f.numberOfFragments(1).fragmentSize(160))
                            .fields("title", f -> f.numberOfFragments(1))
                            .fields("department", f -> f.numberOfFragments(1)));
                if (browse) {
                    s.sort(so -> so.field(f -> f.field("displayName.keyword").order(SortOrder.Asc)));
                }
                return s;
            }, Void.class);
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable(e);
        }
    }

    private static String snippet(Hit<Void> hit) {
        Map<String, List<String>> highlights = new HashMap<>(hit.highlight());
        return highlights.entrySet().stream()
                .sorted(Comparator.comparing(e -> !"about".equals(e.getKey())))
                .map(e -> String.join(" … ", e.getValue()))
                .findFirst().orElse(null);
    }
}
