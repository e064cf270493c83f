package org.guildhall.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations must run on both databases Guildhall supports: H2 (embedded) and PostgreSQL. */
class MigrationsTest {

    @Test
    void migrations_run_on_h2_in_postgresql_mode() {
        var url = "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var result = Flyway.configure().dataSource(url, "sa", "").load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
    }

    @Test
    void migrations_run_on_postgresql() throws SQLException {
        var server = System.getProperty("guildhall.test.postgres", "jdbc:postgresql://127.0.0.1:5432/");
        var database = "guildhall_migrations_test";
        try (var admin = DriverManager.getConnection(server + "postgres", "postgres", "postgres");
             var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
        var result = Flyway.configure().dataSource(server + database, "postgres", "postgres").load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
    }
}
