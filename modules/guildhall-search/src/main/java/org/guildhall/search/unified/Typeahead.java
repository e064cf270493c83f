package org.guildhall.search.unified;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Reader;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.expertise.SkillKey;
import org.guildhall.expertise.Taxonomy;
import org.guildhall.search.Audiences;
import org.guildhall.search.Hits;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;

/**
 * Suggestions while someone types in the search box, grouped: people, networks, skills, tags and
 * page titles (posts and wiki pages) that start with what was typed, only among what the viewer
 * may see. One request to Elasticsearch (titles and tags together) and one to the database (skills).
 */
@ApplicationScoped
public class Typeahead {

    static final int PER_GROUP = 4;
    private static final List<String> TITLED = List.of(ResultType.PERSON.key(), ResultType.NETWORK.key(),
            ResultType.POST.key(), ResultType.WIKI.key());

    @Inject
    SearchClient search;

    @Inject
    Indices indices;

    @Inject
    Readers readers;

    @Inject
    AccessPolicy access;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Visible visible;

    /** One suggestion: what to show, where it leads, and for people, networks and pages, what it is. */
    public record Suggestion(String group, String label, String detail, String link) {
    }

    /** Groups in a fixed order (people, networks, skills, tags, pages), empty ones left out. */
    @Transactional
    public Map<String, List<Suggestion>> suggest(Viewer viewer, String typed, String networkSlug) {
        var prefix = typed == null ? "" : typed.strip();
        var groups = new LinkedHashMap<String, List<Suggestion>>();
        if (prefix.length() < 2 || prefix.length() > 100 || !access.canSeeDirectory(viewer)) {
            return groups;
        }
        indices.requireSearchable(Entry.INDEX);
        var reader = readers.of(viewer);
        var filters = new ArrayList<Query>();
        filters.add(Audiences.filter("readers", reader));
        filters.add(Query.of(q -> q.range(r -> r.untyped(u -> u.field("at").lte(JsonData.of("now"))))));
        filters.add(Matching.terms("type", TITLED));
        if (networkSlug != null && !networkSlug.isBlank()) {
            filters.add(Matching.terms("networkSlug", List.of(networkSlug)));
        }
        var tag = SkillKey.of(prefix);
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(Entry.INDEX)).size(0)
                .query(q -> q.bool(b -> b.filter(filters).should(sh -> sh.matchBoolPrefix(m -> m.field("title.plain").query(prefix)
                                .operator(Operator.And)))
                        .should(sh -> sh.prefix(p -> p.field("tags").value(tag))).minimumShouldMatch("1")))
                .aggregations("titled", a -> a.filter(f -> f.matchBoolPrefix(m -> m.field("title.plain").query(prefix)
                                .operator(Operator.And)))
                        .aggregations("types", t -> t.terms(tt -> tt.field("type").size(TITLED.size()))
                                .aggregations("top", top -> top.topHits(th -> th.size(PER_GROUP)
                                        .source(src -> src.filter(sf -> sf.includes("type", "title", "link", "networkName",
                                                "department", "aggregateId")))))))
                .aggregations("tags", a -> a.terms(t -> t.field("tags").size(PER_GROUP).include(i -> i.regexp(regexpFor(tag)))))
                , Void.class));
        var byType = titled(response, reader);
        put(groups, "people", byType.get(ResultType.PERSON.key()));
        put(groups, "networks", byType.get(ResultType.NETWORK.key()));
        put(groups, "skills", taxonomy.offered(prefix, PER_GROUP).stream()
                .map(skill -> new Suggestion("skills", skill.name(), skill.category(), "/skills/" + skill.slug())).toList());
        put(groups, "tags", response.aggregations().get("tags").sterms().buckets().array().stream()
                .map(b -> new Suggestion("tags", "#" + b.key().stringValue(), null,
                        "/search?tag=" + java.net.URLEncoder.encode(b.key().stringValue(), java.nio.charset.StandardCharsets.UTF_8)))
                .toList());
        var pages = new ArrayList<Suggestion>();
        pages.addAll(byType.getOrDefault(ResultType.WIKI.key(), List.of()));
        pages.addAll(byType.getOrDefault(ResultType.POST.key(), List.of()));
        put(groups, "pages", pages.stream().limit(PER_GROUP + 2).toList());
        return groups;
    }

    /** The titled suggestions by type, each re-checked in the database (the index may lag a deletion or a narrower audience). */
    private Map<String, List<Suggestion>> titled(SearchResponse<Void> response, Reader reader) {
        var types = response.aggregations().get("titled").filter().aggregations().get("types").sterms().buckets().array();
        var hits = new ArrayList<Map.Entry<Visible.Found, Suggestion>>();
        for (var bucket : types) {
            var type = bucket.key().stringValue();
            for (var hit : bucket.aggregations().get("top").topHits().hits().hits()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> source = hit.source().to(Map.class);
                hits.add(Map.entry(new Visible.Found(hit.id(), type, ((Number) source.get("aggregateId")).longValue()),
                        new Suggestion(type, (String) source.get("title"), detail(type, source), (String) source.get("link"))));
            }
        }
        var allowed = visible.allowedAmong(hits.stream().map(Map.Entry::getKey).toList(), reader);
        var found = new LinkedHashMap<String, List<Suggestion>>();
        hits.stream().filter(h -> allowed.contains(h.getKey().id()))
                .forEach(h -> found.computeIfAbsent(h.getKey().type(), t -> new ArrayList<>()).add(h.getValue()));
        return found;
    }

    private static String detail(String type, Map<String, Object> source) {
        if (ResultType.PERSON.key().equals(type)) {
            var departments = source.get("department");
            return departments instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : null;
        }
        return ResultType.NETWORK.key().equals(type) ? null : (String) source.get("networkName");
    }

    private static void put(Map<String, List<Suggestion>> groups, String group, List<Suggestion> suggestions) {
        if (suggestions != null && !suggestions.isEmpty()) {
            groups.put(group, suggestions);
        }
    }

    /** Lucene's regular expression for "starts with" this tag key, every character escaped. */
    static String regexpFor(String prefix) {
        var escaped = new StringBuilder();
        prefix.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped + ".*";
    }
}
