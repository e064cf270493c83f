package org.guildhall.search;

import java.util.Collection;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.outbox.Outbox;

/**
 * A network's audience changed, so the documents of what lives in it must change: one "this
 * network's content" outbox entry becomes one entry per item, each delivered and retried alone.
 * Writes no documents of its own, so a rebuild does not walk it.
 */
public abstract class NetworkFanOut implements Indexer {

    @Inject
    Outbox outbox;

    /** The outbox aggregate type of the items. */
    protected abstract String itemType();

    /** The ids of the items in these networks. */
    protected abstract List<Long> itemsIn(Collection<Long> networkIds);

    @Override
    @Transactional
    public List<Document> documents(Collection<Long> networkIds) {
        itemsIn(networkIds).forEach(id -> outbox.append(itemType(), id));
        return List.of();
    }

    @Override
    public boolean rebuilds() {
        return false;
    }

    @Override
    public List<Long> idsAfter(long after, int limit) {
        return List.of();
    }

    @Override
    public long count() {
        return 0;
    }
}
