package org.guildhall.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.guildhall.expertise.EvidenceSource;
import org.guildhall.search.expertise.ContributionIndexer;

/**
 * Every {@link Indexer} the application has: the beans, plus one contribution indexer per
 * {@link EvidenceSource}, so a new kind of evidence needs no change here. Several indexers may
 * follow one aggregate type (a post is a post document and contribution documents).
 */
@ApplicationScoped
public class IndexerRegistry {

    @Inject
    @Any
    Instance<Indexer> beans;

    @Inject
    @Any
    Instance<EvidenceSource> evidence;

    private List<Indexer> all;

    @PostConstruct
    void collect() {
        var found = new ArrayList<Indexer>();
        beans.forEach(found::add);
        evidence.forEach(source -> found.add(new ContributionIndexer(source)));
        all = List.copyOf(found);
    }

    /** The indexers that follow changes of this aggregate type. */
    public List<Indexer> forType(String aggregateType) {
        return all.stream().filter(i -> i.aggregateType().equals(aggregateType)).toList();
    }

    /** The indexers that own their index's documents, which a rebuild walks. */
    public List<Indexer> rebuilding() {
        return all.stream().filter(Indexer::rebuilds).toList();
    }
}
