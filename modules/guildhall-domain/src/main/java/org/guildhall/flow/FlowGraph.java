package org.guildhall.flow;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * This node's copy of the published generation as a {@link PersonGraph}: ties summed per pair and
 * network (weighted by kind and recency), and current memberships. Loaded when a newer generation
 * is published; requests meanwhile keep using the copy they had, so a load never blocks a page
 * that already had one. Visibility is not baked in: every query passes the viewer's networks.
 */
@ApplicationScoped
public class FlowGraph {

    private static final Logger LOG = Logger.getLogger(FlowGraph.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    FlowRuns runs;


    private volatile Loaded loaded;

    private record Loaded(int generation, PersonGraph graph) {
    }

    /** The graph of the published generation, loading it first if this node has an older one (or none). */
    @Transactional
    public Optional<PersonGraph> current() {
        var published = runs.published();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        var have = loaded;
        if (have != null && have.generation() == published.get().generation()) {
            return Optional.of(have.graph());
        }
        return Optional.of(load(published.get().generation()));
    }

    /** Loads the published generation now (after a computation on this node). */
    @Transactional
    public void refresh() {
        runs.published().ifPresent(p -> load(p.generation()));
    }

    private synchronized PersonGraph load(int generation) {
        var have = loaded;
        if (have != null && have.generation() >= generation) {
            return have.graph();
        }
        long started = System.nanoTime();
        var builder = new PersonGraph.Builder();
        rows("select id, case when left_at is null then 0 else 1 end from person")
                .forEach(r -> builder.person(((Number) r[0]).longValue(), ((Number) r[1]).intValue() == 1));
        // Each pair once (from the side of the smaller id), its weight summed over kinds.
        var query = em.createNativeQuery("select person_id, other_id, network_id, sum(weight) from person_tie"
                        + " where generation = :g and person_id < other_id group by person_id, other_id, network_id")
                .setParameter("g", generation);
        stream(query).forEach(r -> builder.tie(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                r[2] == null ? null : ((Number) r[2]).longValue(), ((Number) r[3]).doubleValue()));
        rows("select network_id, person_id from membership where state = 'ACTIVE'")
                .forEach(r -> builder.member(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        var graph = builder.build();
        loaded = new Loaded(generation, graph);
        LOG.infof("Knowledge flow %d loaded: %d people in %d ms", generation, graph.people(), (System.nanoTime() - started) / 1_000_000);
        return graph;
    }

    private List<Object[]> rows(String sql) {
        return stream(em.createNativeQuery(sql)).toList();
    }

    @SuppressWarnings("unchecked")
    private static java.util.stream.Stream<Object[]> stream(jakarta.persistence.Query query) {
        return ((java.util.stream.Stream<Object>) query.getResultStream()).map(r -> (Object[]) r);
    }
}
