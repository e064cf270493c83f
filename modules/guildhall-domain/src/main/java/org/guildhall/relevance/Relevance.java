package org.guildhall.relevance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;

/**
 * The relevance weights in force. Searches read them from memory; every node reloads them from the
 * database within {@link #FRESH_FOR} of an admin's change, so tuning needs no redeploy or restart.
 */
@ApplicationScoped
public class Relevance {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private volatile Tuning current;
    private volatile Instant loadedAt = Instant.EPOCH;

    /** The weights searches use now. */
    public Tuning current() {
        if (current == null || clock.instant().isAfter(loadedAt.plus(FRESH_FOR))) {
            current = weights().tuning();
            loadedAt = clock.instant();
        }
        return current;
    }

    /** The row as stored, with who changed it last and its version (for the admin page). */
    @Transactional
    public Weights weights() {
        var row = em.find(Weights.class, Weights.ROW);
        em.detach(row);
        return row;
    }

    /** An admin sets new weights; {@code version} is what they edited, so two admins never overwrite each other unseen. */
    @Transactional
    public Weights tune(Viewer viewer, @Valid Tuning tuning, long version) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only an administrator can tune search relevance");
        }
        var row = em.find(Weights.class, Weights.ROW, LockModeType.PESSIMISTIC_WRITE);
        if (row.version() != version) {
            throw new OptimisticLockException("Another administrator changed the weights in the meantime");
        }
        row.tune(tuning, viewer.username(), clock.instant());
        em.flush();
        current = row.tuning();
        loadedAt = clock.instant();
        return row;
    }
}
