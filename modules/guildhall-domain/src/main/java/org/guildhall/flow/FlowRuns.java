package org.guildhall.flow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The bookkeeping of computations: which generation is published, and how far the running one got. */
@ApplicationScoped
public class FlowRuns {

    static final String RUNNING = "RUNNING";
    static final String PUBLISHED = "PUBLISHED";

    @PersistenceContext
    EntityManager em;

    /** The published generation and the instant its figures describe. */
    public record Published(int generation, Instant asOf, Instant finishedAt) {
    }

    /** A computation under way: stages done of all, and the one it works on. */
    public record Running(int generation, int stage, int stages, String working, Instant startedAt) {
        public int percent() {
            return stages == 0 ? 0 : 100 * stage / stages;
        }
    }

    /** What pages say about the figures: as of when, and whether newer ones are being computed. */
    public record Status(Optional<Published> published, Optional<Running> running) {
        public Optional<Instant> asOf() {
            return published.map(Published::asOf);
        }
    }

    @Transactional
    public Optional<Published> published() {
        List<?> rows = em.createNativeQuery("select generation, as_of, finished_at from flow_run where state = :state"
                        + " order by generation desc")
                .setParameter("state", PUBLISHED).setMaxResults(1).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Published(((Number) r[0]).intValue(), instant(r[1]), instant(r[2]))).findFirst();
    }

    @Transactional
    public Status status() {
        return new Status(published(), running());
    }

    @Transactional
    public Optional<Running> running() {
        List<?> rows = em.createNativeQuery("select generation, stage, stages, started_at from flow_run where state = :state"
                        + " order by generation desc")
                .setParameter("state", RUNNING).setMaxResults(1).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> {
            int stage = ((Number) r[1]).intValue();
            var working = stage < FlowComputation.STAGES.size() ? FlowComputation.STAGES.get(stage).name() : "publishing";
            return new Running(((Number) r[0]).intValue(), stage, ((Number) r[2]).intValue(), working, instant(r[3]));
        }).findFirst();
    }

    /** Starts a new generation describing the content as of now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public FlowComputation.Run begin(Instant now) {
        var last = ((Number) em.createNativeQuery("select coalesce(max(generation), 0) from flow_run").getSingleResult()).intValue();
        em.createNativeQuery("insert into flow_run (generation, state, stage, stages, as_of, started_at) values (:g, :state, 0, :stages, :now, :now)")
                .setParameter("g", last + 1).setParameter("state", RUNNING).setParameter("stages", FlowComputation.STAGES.size())
                .setParameter("now", now).executeUpdate();
        return new FlowComputation.Run(last + 1, now);
    }

    /** The interrupted computation to resume, with the instant it describes. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<FlowComputation.Run> resumable() {
        List<?> rows = em.createNativeQuery("select generation, as_of from flow_run where state = :state order by generation desc")
                .setParameter("state", RUNNING).setMaxResults(1).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new FlowComputation.Run(((Number) r[0]).intValue(), instant(r[1]))).findFirst();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int stageReached(int generation) {
        return ((Number) em.createNativeQuery("select stage from flow_run where generation = :g").setParameter("g", generation)
                .getSingleResult()).intValue();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void advance(int generation, int stagesDone) {
        em.createNativeQuery("update flow_run set stage = :stage where generation = :g")
                .setParameter("stage", stagesDone).setParameter("g", generation).executeUpdate();
    }

    /** Makes the generation the one pages read; older runs' rows are dropped afterwards. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void publish(int generation, Instant now) {
        em.createNativeQuery("update flow_run set state = :state, finished_at = :now where generation = :g")
                .setParameter("state", PUBLISHED).setParameter("now", now).setParameter("g", generation).executeUpdate();
        em.createNativeQuery("delete from flow_run where generation < :g").setParameter("g", generation).executeUpdate();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
