package org.guildhall.persistence;

import java.sql.SQLException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.guildhall.access.Conflict;

/**
 * Races that the database settles: two requests (a double click, two tabs) that both pass a
 * "not yet done" check insert the same row, and the unique constraint stops the second. That
 * is the person's own repeat, not a bug, so it is answered as a {@link Conflict}.
 */
public final class Uniqueness {

    /** SQLSTATE for a unique violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Uniqueness() {
    }

    /** Flushes now, so a duplicate surfaces here as a {@link Conflict} with {@code message}. */
    public static void flush(EntityManager em, String message) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isViolation(e)) {
                throw new Conflict(message);
            }
            throw e;
        }
    }

    /** Whether a unique constraint refused the write somewhere in this chain of causes. */
    public static boolean isViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
