package org.guildhall.search.network;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.CompletionContext;
import org.guildhall.access.AccessPolicy;
import org.guildhall.access.AccessPolicy.NetworkVisibility;
import org.guildhall.access.Viewer;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkRepository;
import org.guildhall.paging.Page;
import org.guildhall.people.PersonRepository;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;
import org.guildhall.search.SearchUnavailable;

/**
 * Finds networks by name, charter, topic and department, and suggests names while typing. Every
 * query carries the viewer's visibility filter from the {@link AccessPolicy}: a hidden network
 * is found only by its members and invitees, a proposal by nobody but admins.
 */
@ApplicationScoped
public class NetworkSearch {

    @Inject
    SearchClient search;

    @Inject
    Indices indices;

    @Inject
    NetworkRepository networks;

    @Inject
    PersonRepository people;

    @Inject
    AccessPolicy access;

    @Transactional
    public Page<Network> find(Viewer viewer, String text, String topic, String department, int page, int size) {
        var visibility = visibility(viewer);
        if (visibility.nothing()) {
            return new Page<>(List.of(), 0, page, size);
        }
        var filters = new ArrayList<Query>();
        filters.add(visibilityFilter(visibility));
        if (topic != null && !topic.isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("topics").value(topic.strip().toLowerCase()))));
        }
        if (department != null && !department.isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("departments").value(department.strip()))));
        }
        var response = run(() -> search.es().search(s -> s.index(NetworkIndexer.INDEX.alias())
                .query(q -> q.bool(b -> b.filter(filters).must(m -> m.multiMatch(mm -> mm.query(text.strip())
                        .type(TextQueryType.BoolPrefix)
                        .fields("name^4", "topics.text^3", "description^2", "departments.text", "purpose", "whoShouldJoin")
                        .fuzziness("AUTO")))))
                .from((page - 1) * size).size(size)
                .source(src -> src.fetch(false))
                .trackTotalHits(t -> t.enabled(true)), Void.class));
        var ids = response.hits().hits().stream().map(h -> Long.valueOf(h.id())).toList();
        var byId = networks.findAll(ids).stream().collect(Collectors.toMap(Network::id, Function.identity()));
        var found = ids.stream().filter(byId::containsKey).map(byId::get).toList();
        long total = response.hits().total() == null ? found.size() : response.hits().total().value();
        return new Page<>(found, total, page, size);
    }

    /** Network names starting with what the viewer typed, only among networks they may see. */
    @Transactional
    public List<String> suggest(Viewer viewer, String prefix) {
        var visibility = visibility(viewer);
        if (prefix == null || prefix.isBlank() || visibility.nothing()) {
            return List.of();
        }
        var response = run(() -> search.es().search(s -> s.index(NetworkIndexer.INDEX.alias())
                .size(0)
                .suggest(sg -> sg.suggesters("names", fs -> fs.prefix(prefix.strip())
                        .completion(c -> c.field("nameSuggest").size(8).skipDuplicates(true)
                                .contexts("audience", audiences(visibility))))), Void.class));
        return response.suggest().get("names").stream()
                .flatMap(s -> s.completion().options().stream())
                .map(o -> o.text())
                .toList();
    }

    static final String EVERYONE_AUDIENCE = "everyone";
    static final String ADMIN_AUDIENCE = "admin";

    static String memberAudience(Long personId) {
        return "member-" + personId;
    }

    private NetworkVisibility visibility(Viewer viewer) {
        var me = people.find(viewer.username()).map(p -> p.id()).orElse(null);
        return access.networkVisibility(viewer, me);
    }

    /** The access policy's {@code canSee} for live networks, as an Elasticsearch filter. */
    static Query visibilityFilter(NetworkVisibility visibility) {
        var live = Query.of(q -> q.terms(t -> t.field("status").terms(v -> v.value(List.of(
                FieldValue.of("active"), FieldValue.of("archived"))))));
        if (visibility.everything()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.filter(live).filter(f -> f.bool(or -> or.minimumShouldMatch("1")
                .should(s -> s.term(t -> t.field("visibility").value("listed")))
                .should(s -> s.term(t -> t.field("memberIds").value(visibility.memberId())))))));
    }

    private static List<CompletionContext> audiences(NetworkVisibility visibility) {
        var names = visibility.everything() ? List.of(ADMIN_AUDIENCE)
                : List.of(EVERYONE_AUDIENCE, memberAudience(visibility.memberId()));
        return names.stream().map(n -> CompletionContext.of(c -> c.context(ctx -> ctx.category(n)))).toList();
    }

    private <T> T run(EsCall<T> call) {
        if (!indices.ensure()) {
            throw new SearchUnavailable(null);
        }
        try {
            return call.get();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailable(e);
        }
    }

    private interface EsCall<T> {
        T get() throws IOException;
    }
}
