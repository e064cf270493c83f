package org.guildhall.search.unified;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.expertise.SkillKey;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkLifecycle;
import org.guildhall.network.NetworkRepository;
import org.guildhall.network.NetworkStatus;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/**
 * Active and archived networks as search entries, found by whoever may know they exist; a
 * network's entry carries itself as its network, so a search scoped to it finds it too.
 */
@ApplicationScoped
public class NetworkEntries implements Indexer {

    @Inject
    NetworkRepository networks;

    @Override
    public String aggregateType() {
        return NetworkLifecycle.AGGREGATE;
    }

    @Override
    public IndexDefinition index() {
        return Entry.INDEX;
    }

    @Override
    @Transactional
    public List<Document> documents(Collection<Long> ids) {
        var found = networks.findAll(ids).stream()
                .filter(n -> n.status() == NetworkStatus.ACTIVE || n.status() == NetworkStatus.ARCHIVED).toList();
        var documents = new ArrayList<>(Indexer.indexOrDelete(ids, found, Network::id, NetworkEntries::entry));
        return documents.stream().map(d -> new Document("network-" + d.id(), d.source(), d.aggregateId())).toList();
    }

    private static Entry entry(Network n) {
        var text = Stream.of(n.description(), n.purpose(), n.whoShouldJoin()).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        var keys = n.topics().stream().map(SkillKey::of).distinct().toList(); // topics and tags share one key
        return new Entry(ResultType.NETWORK.key(), n.name(), text, keys, keys, n.id(), n.slug(), n.name(), null, null,
                n.departments(), List.copyOf(n.seenBy().sorted()), n.createdAt(), 0, null, n.id(), "/networks/" + n.slug());
    }

    @Override
    @Transactional
    public List<Long> idsAfter(long after, int limit) {
        return networks.idsAfter(after, limit);
    }

    @Override
    @Transactional
    public long count() {
        return networks.count();
    }
}
