package org.guildhall.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;

import org.guildhall.access.InvalidField;
import org.guildhall.search.Hits;
import org.guildhall.search.unified.ResultType;
import org.guildhall.search.unified.SearchRequest;
import org.guildhall.search.unified.Since;
import org.guildhall.web.view.Paging;

/**
 * A search as the address carries it ({@code /search?q=…&type=wiki&tag=k8s&network=…}), read into
 * a {@link SearchRequest}, and the addresses of the same search with one thing changed (a facet
 * value picked or dropped, another type, sort or page), for the results page's links.
 */
public record SearchParams(String q, List<String> types, List<String> tags, List<String> networks, List<String> skills,
                           List<String> departments, List<String> authors, String since, String sort, boolean exact,
                           SearchRequest request) {

    private static final List<String> FACETS = List.of("type", "tag", "network", "skill", "department", "author", "since");
    /** A {@code type:} filter written in the search text (the type switch replaces it). */
    private static final java.util.regex.Pattern TYPED_TYPE = java.util.regex.Pattern.compile("(?i)(^|\\s)type:\\S+");

    public static SearchParams of(MultivaluedMap<String, String> query, int defaultSize) {
        var paging = Paging.of(query.getFirst("page"), query.getFirst("size"), defaultSize).within(Hits.MAX_WINDOW);
        var types = list(query, "type");
        var typed = new LinkedHashSet<ResultType>();
        for (var type : types) {
            typed.add(ResultType.named(type).orElseThrow(() -> new InvalidField("type",
                    "There is no type \"" + type + "\". Use one of: " + ResultType.names() + ".")));
        }
        var sinceKey = blankToNull(query.getFirst("since"));
        var since = sinceKey == null ? null : Since.of(sinceKey).orElseThrow(() -> new InvalidField("since",
                "Pick week, month, year or older."));
        var sortKey = blankToNull(query.getFirst("sort"));
        SearchRequest.Sort sort;
        try {
            sort = sortKey == null ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.valueOf(sortKey.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField("sort", "Sort by relevance or date.");
        }
        var q = Objects.requireNonNullElse(query.getFirst("q"), "");
        var request = new SearchRequest(q, typed, list(query, "tag"), list(query, "network"), list(query, "skill"),
                list(query, "department"), list(query, "author"), since, sort, paging.page(), paging.size());
        return new SearchParams(q, typed.stream().map(ResultType::key).toList(), request.tags(), request.networks(),
                request.skills(), request.departments(), request.authors(), since == null ? null : since.key(),
                sort == SearchRequest.Sort.DATE ? "date" : null, "true".equals(query.getFirst("exact")), request);
    }

    private static List<String> list(MultivaluedMap<String, String> query, String name) {
        var values = query.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the text or the switch narrows the results to some types (the switch's "All" is then not current). */
    public boolean typeNarrowed() {
        return !types.isEmpty() || TYPED_TYPE.matcher(q).find();
    }

    /** Whether anything was picked besides the text (a search with only picks is a search too). */
    public boolean anyPicked() {
        return !types.isEmpty() || !tags.isEmpty() || !networks.isEmpty() || !skills.isEmpty() || !departments.isEmpty()
                || !authors.isEmpty() || since != null;
    }

    public List<String> picked(String facet) {
        return switch (facet) {
            case "type" -> types;
            case "tag" -> tags;
            case "network" -> networks;
            case "skill" -> skills;
            case "department" -> departments;
            case "author" -> authors;
            case "since" -> since == null ? List.of() : List.of(since);
            default -> List.of();
        };
    }

    // ---- the addresses of this search with one thing changed (always back to page 1) ----

    /** This facet value picked if it was not, dropped if it was. */
    public String toggle(String facet, String value) {
        return href(p -> {
            var values = p.get(facet);
            if (!values.remove(value)) {
                if ("since".equals(facet)) {
                    values.clear();
                }
                values.add(value);
            }
        });
    }

    /** Only this type ({@code null}: every type), whatever type the text asked for. */
    public String onlyType(String type) {
        return href(p -> {
            if (!q.isBlank()) {
                p.get("q").set(0, TYPED_TYPE.matcher(q).replaceAll(" ").strip());
            }
            p.get("type").clear();
            if (type != null) {
                p.get("type").add(type);
            }
        });
    }

    public String sortedBy(String key) {
        return href(p -> {
            p.get("sort").clear();
            if ("date".equals(key)) {
                p.get("sort").add("date");
            }
        });
    }

    /** Other words, the same picks (a correction, "search instead for"). */
    public String forText(String text, boolean asTyped) {
        return href(p -> {
            p.get("q").clear();
            p.get("q").add(text);
            p.get("exact").clear();
            if (asTyped) {
                p.get("exact").add("true");
            }
        });
    }

    /** The same words, with nothing picked. */
    public String withoutPicks() {
        return href(p -> FACETS.forEach(f -> p.get(f).clear()));
    }

    /** Picks that are not shown as facet values (the type switch shows its own), for hidden fields of the search form. */
    public List<Map.Entry<String, String>> hiddenPicks() {
        var hidden = new ArrayList<Map.Entry<String, String>>();
        for (var facet : List.of("type", "tag", "network", "skill", "department", "author", "since", "sort")) {
            var values = "sort".equals(facet) ? (sort == null ? List.<String>of() : List.of(sort)) : picked(facet);
            values.forEach(v -> hidden.add(Map.entry(facet, v)));
        }
        return hidden;
    }

    private String href(Consumer<Map<String, List<String>>> change) {
        var params = new java.util.LinkedHashMap<String, List<String>>();
        params.put("q", new ArrayList<>(q.isBlank() ? List.of() : List.of(q)));
        params.put("type", new ArrayList<>(types));
        params.put("tag", new ArrayList<>(tags));
        params.put("network", new ArrayList<>(networks));
        params.put("skill", new ArrayList<>(skills));
        params.put("department", new ArrayList<>(departments));
        params.put("author", new ArrayList<>(authors));
        params.put("since", new ArrayList<>(since == null ? List.of() : List.of(since)));
        params.put("sort", new ArrayList<>(sort == null ? List.of() : List.of(sort)));
        params.put("exact", new ArrayList<>(exact ? List.of("true") : List.of()));
        change.accept(params);
        return "/search?" + params.entrySet().stream().flatMap(e -> e.getValue().stream()
                        .map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}
