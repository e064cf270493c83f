package org.guildhall.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * The migrations run on both databases Guildhall supports, H2 (embedded) and PostgreSQL, and
 * bring existing rows along: networks get their audiences, posts and comments their rendering.
 */
class MigrationsTest {

    @Test
    void migrations_run_on_h2_in_postgresql_mode_and_fill_existing_rows() throws SQLException {
        var url = "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        migrateWithExistingRows(url, "sa", "");
    }

    @Test
    void migrations_run_on_postgresql_and_fill_existing_rows() throws SQLException {
        var server = System.getProperty("guildhall.test.postgres", "jdbc:postgresql://127.0.0.1:5432/");
        var database = "guildhall_migrations_test";
        try (var admin = DriverManager.getConnection(server + "postgres", "postgres", "postgres");
             var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
        migrateWithExistingRows(server + database, "postgres", "postgres");
    }

    private static void migrateWithExistingRows(String url, String user, String password) throws SQLException {
        var beforeCore = FlywayMigrations.configuration().dataSource(url, user, password).target(MigrationVersion.fromVersion("3")).load();
        assertThat(beforeCore.migrate().success).isTrue();
        try (var db = DriverManager.getConnection(url, user, password)) {
            existingRows(db);
        }
        var result = FlywayMigrations.configuration().dataSource(url, user, password).load().migrate();
        assertThat(result.success).isTrue();
        try (var db = DriverManager.getConnection(url, user, password)) {
            assertThat(strings(db, "select grant_key from network_read_by where network_id = 1 order by grant_key"))
                    .containsExactly("admin", "network-1-active");
            assertThat(strings(db, "select grant_key from network_seen_by where network_id = 1 order by grant_key"))
                    .containsExactly("admin", "everyone");
            assertThat(strings(db, "select body_html from post where id = 1")).singleElement().asString()
                    .contains("<strong>Café</strong>");
            assertThat(strings(db, "select excerpt from post where id = 1")).containsExactly("Café — merci");
            assertThat(strings(db, "select body_text from post_comment where id = 1")).containsExactly("Danke für alles");
            assertThat(strings(db, "select setting_value from system_setting where name = 'installation-id'")).hasSize(1);
        }
    }

    private static void existingRows(Connection db) throws SQLException {
        try (var s = db.createStatement()) {
            s.execute("insert into person (id, username, display_name, created_at, updated_at, version)"
                    + " values (1, 'ana', 'Ana', current_timestamp, current_timestamp, 0)");
            s.execute("insert into network (id, slug, name, name_key, description, purpose, visibility, content_access,"
                    + " join_policy, status, proposed_by_id, member_count, created_at, updated_at, last_activity_at, version, posting)"
                    + " values (1, 'n', 'N', 'n', 'd', 'p', 'LISTED', 'MEMBERS_ONLY', 'OPEN', 'ACTIVE', 1, 1,"
                    + " current_timestamp, current_timestamp, current_timestamp, 0, 'MEMBERS')");
            s.execute("insert into post (id, author_id, network_id, title, body, status, created_at, updated_at,"
                    + " comment_count, thanks_count, version) values (1, 1, 1, 't', '**Café** — merci', 'DRAFT',"
                    + " current_timestamp, current_timestamp, 0, 0, 0)");
            s.execute("insert into post_comment (id, post_id, author_id, body, created_at, thanks_count, version)"
                    + " values (1, 1, 1, 'Danke *für* alles', current_timestamp, 0, 0)");
        }
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        var values = new ArrayList<String>();
        try (var s = db.createStatement(); var rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
