package org.guildhall.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Facts about this installation kept in its database, above all its identity: search indices
 * record which database they were built from, so an index of another database is recognised
 * (pointing the application at a new database must never serve the old one's documents).
 */
@ApplicationScoped
public class Installation {

    static final String ID = "installation-id";

    @PersistenceContext
    EntityManager em;

    private volatile String id;

    /** This database's identity, created by the V5 migration. */
    public String id() {
        if (id == null) {
            id = setting(ID).orElseThrow(() -> new IllegalStateException("The database has no installation id"));
        }
        return id;
    }

    @Transactional
    public Optional<String> setting(String name) {
        return em.createNativeQuery("select setting_value from system_setting where name = ?", String.class)
                .setParameter(1, name).getResultStream().map(String.class::cast).findFirst();
    }
}
