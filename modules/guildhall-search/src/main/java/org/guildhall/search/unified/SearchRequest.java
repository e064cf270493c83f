package org.guildhall.search.unified;

import java.util.List;
import java.util.Set;

/**
 * One search as asked: the text typed (with its query language) and what was picked on the
 * results page. Picks within a facet widen (either tag), picks across facets narrow (this tag in
 * that network).
 *
 * @param types    the type switch ({@code type:} in the text adds to it)
 * @param networks network slugs (a search scoped to a network or its wiki picks it here)
 * @param since    a {@link Since} key, or null for any date
 */
public record SearchRequest(String text, Set<ResultType> types, List<String> tags, List<String> networks,
                            List<String> skills, List<String> departments, List<String> authors, Since since,
                            Sort sort, int page, int size) {

    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        types = types == null ? Set.of() : Set.copyOf(types);
        tags = clean(tags);
        networks = clean(networks);
        skills = clean(skills);
        departments = clean(departments);
        authors = clean(authors);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    public static SearchRequest of(String text, int page, int size) {
        return new SearchRequest(text, Set.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, Sort.RELEVANCE,
                page, size);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().limit(20).toList();
    }
}
