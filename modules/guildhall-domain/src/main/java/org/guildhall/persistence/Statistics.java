package org.guildhall.persistence;

import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

/**
 * Planner statistics for tables a bulk load fills. PostgreSQL plans from statistics that only
 * ANALYZE refreshes; when autovacuum is off or behind (it is off on some installations), a table
 * that grew from nothing is still planned as empty and lookups by key become sequential scans. H2
 * needs nothing.
 */
@ApplicationScoped
public class Statistics {

    @PersistenceContext
    EntityManager em;

    /** Refreshes the statistics of these tables (names from the schema, never from input). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh(String... tables) {
        if (isPostgreSql()) {
            em.createNativeQuery("analyze " + String.join(", ", tables)).executeUpdate();
        }
    }

    /**
     * The same inside the caller's transaction, for tables it has just filled: PostgreSQL's
     * ANALYZE samples the transaction's own uncommitted rows, so the next statement is planned
     * for what is there.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshWithin(String... tables) {
        if (isPostgreSql()) {
            em.createNativeQuery("analyze " + String.join(", ", tables)).executeUpdate();
        }
    }

    private boolean isPostgreSql() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try {
                return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            } catch (SQLException e) {
                return false;
            }
        });
    }
}
