package org.guildhall.search.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkLifecycle;
import org.guildhall.network.NetworkRepository;
import org.guildhall.outbox.Outbox;
import org.guildhall.paging.Page;
import org.guildhall.search.Audiences;
import org.guildhall.search.Hits;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;

/**
 * Finds live networks by name, charter, topic and department, and suggests names while typing,
 * among the networks the reader may know exist (their stored {@code seenBy} audience). Hits and
 * suggestions are re-checked against the database.
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
    Readers readers;

    @Inject
    AccessPolicy access;

    @Inject
    Outbox outbox;

    @Transactional
    public Page<Network> find(Viewer viewer, String text, String topic, String department, int page, int size) {
        if (!access.canSeeDirectory(viewer)) {
            return new Page<>(List.of(), 0, page, size);
        }
        indices.requireSearchable(NetworkIndexer.INDEX);
        var reader = readers.of(viewer);
        var filters = new ArrayList<Query>();
        filters.add(Audiences.filter("seenBy", reader));
        filters.add(Query.of(q -> q.terms(t -> t.field("status").terms(v -> v.value(List.of(
                FieldValue.of("active"), FieldValue.of("archived")))))));
        if (topic != null && !topic.isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("topics").value(topic.strip().toLowerCase()))));
        }
        if (department != null && !department.isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("departments").value(department.strip()))));
        }
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(NetworkIndexer.INDEX))
                .query(q -> q.bool(b -> b.filter(filters).must(m -> m.multiMatch(mm -> mm.query(text.strip())
                        .type(TextQueryType.BoolPrefix)
                        .fields("name^4", "topics.text^3", "description^2", "departments.text", "purpose", "whoShouldJoin")
                        .fuzziness("AUTO")))))
                .from((page - 1) * size).size(size)
                .source(src -> src.fetch(false))
                .trackTotalHits(t -> t.enabled(true)), Void.class));
        var allowed = networks.seenAmong(Hits.ids(response), reader).stream()
                .collect(Collectors.toMap(Network::id, Function.identity()));
        return Hits.recheck(response, allowed, (network, hit) -> network, this::reindex, page, size);
    }

    /** Network names starting with what the viewer typed, only among networks they may see. */
    @Transactional
    public List<String> suggest(Viewer viewer, String prefix) {
        if (prefix == null || prefix.isBlank() || !access.canSeeDirectory(viewer)) {
            return List.of();
        }
        indices.requireSearchable(NetworkIndexer.INDEX);
        var reader = readers.of(viewer);
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(NetworkIndexer.INDEX))
                .size(0)
                .suggest(sg -> sg.suggesters("names", fs -> fs.prefix(prefix.strip())
                        .completion(c -> c.field("nameSuggest").size(8).skipDuplicates(true)
                                .contexts("audience", Audiences.contexts(reader))))), Void.class));
        var options = response.suggest().get("names").stream().flatMap(s -> s.completion().options().stream()).toList();
        var allowed = networks.seenAmong(options.stream().map(o -> Long.valueOf(o.id())).toList(), reader).stream()
                .map(Network::id).collect(Collectors.toSet());
        return options.stream().filter(o -> allowed.contains(Long.valueOf(o.id()))).map(o -> o.text()).toList();
    }

    private void reindex(List<Long> stale) {
        stale.forEach(id -> outbox.append(NetworkLifecycle.AGGREGATE, id));
    }
}
