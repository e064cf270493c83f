package org.guildhall.persistence;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.jboss.logging.Logger;

/**
 * Migrates the schema with Flyway while Hibernate boots, before it validates the mapping.
 *
 * <p>A CDI start-up observer would run after the persistence unit has started, by which time
 * {@code hibernate.hbm2ddl.auto=validate} has already failed on an empty database. Flyway runs
 * outside any JTA transaction here, which it needs in order to switch auto-commit itself.
 */
public class FlywayMigrations implements Integrator {

    static final String DATASOURCE = "java:jboss/datasources/GuildhallDS";
    private static final Logger LOG = Logger.getLogger(FlywayMigrations.class);

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        var result = configuration().dataSource(lookup()).load().migrate();
        LOG.infof("Schema at version %s (%d migrations applied now)",
                result.targetSchemaVersion, result.migrationsExecuted);
    }

    /** Where the migrations are; the tests migrate with exactly this. */
    public static FluentConfiguration configuration() {
        return Flyway.configure(FlywayMigrations.class.getClassLoader())
                .locations("classpath:db/migration")
                // Java migrations are listed, not scanned: class scanning is unreliable under JBoss VFS.
                .javaMigrations(new V5__Render_and_audiences());
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry registry) {
        // nothing to undo
    }

    private static DataSource lookup() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("Datasource " + DATASOURCE + " is not bound", e);
        }
    }
}
