package org.guildhall.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.guildhall.access.NetworkAudiences;
import org.guildhall.network.ContentAccess;
import org.guildhall.network.NetworkStatus;
import org.guildhall.network.Visibility;
import org.guildhall.text.Markdown;
import org.guildhall.text.Rendered;

/**
 * Fills what V4 added for existing rows, with the application's own code rather than a SQL copy
 * of it: each network's audiences ({@link NetworkAudiences}), each post's and comment's rendering
 * ({@link Markdown#render}); then makes the rendering required, and gives the installation its
 * identity (search indices built from another database are recognised by it).
 */
@SuppressWarnings("java:S101") // Flyway derives the version from this name
public class V5__Render_and_audiences extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        audiences(connection);
        renderPosts(connection);
        renderComments(connection);
        try (var statement = connection.createStatement()) {
            for (var column : new String[] {"body_html", "body_text", "excerpt", "reading_minutes", "render_version"}) {
                statement.execute("alter table post alter column " + column + " set not null");
            }
            for (var column : new String[] {"body_html", "body_text", "render_version"}) {
                statement.execute("alter table post_comment alter column " + column + " set not null");
            }
        }
        try (var insert = connection.prepareStatement("insert into system_setting (name, setting_value) values (?, ?)")) {
            insert.setString(1, Installation.ID);
            insert.setString(2, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
    }

    private static void audiences(Connection connection) throws SQLException {
        try (var select = connection.createStatement();
             var seen = connection.prepareStatement("insert into network_seen_by (network_id, grant_key) values (?, ?)");
             var read = connection.prepareStatement("insert into network_read_by (network_id, grant_key) values (?, ?)")) {
            var rows = select.executeQuery("select id, status, visibility, content_access from network");
            while (rows.next()) {
                long id = rows.getLong(1);
                var status = NetworkStatus.valueOf(rows.getString(2));
                var visibility = Visibility.valueOf(rows.getString(3));
                var access = ContentAccess.valueOf(rows.getString(4));
                add(seen, id, NetworkAudiences.seers(id, status, visibility).keys());
                add(read, id, NetworkAudiences.readers(id, status, visibility, access).keys());
            }
            seen.executeBatch();
            read.executeBatch();
        }
    }

    private static void add(java.sql.PreparedStatement insert, long id, Set<String> keys) throws SQLException {
        for (var key : keys) {
            insert.setLong(1, id);
            insert.setString(2, key);
            insert.addBatch();
        }
    }

    private static void renderPosts(Connection connection) throws SQLException {
        try (var select = connection.createStatement();
             var update = connection.prepareStatement("update post set body_html = ?, body_text = ?, excerpt = ?,"
                     + " reading_minutes = ?, render_version = ? where id = ?")) {
            select.setFetchSize(BATCH);
            var rows = select.executeQuery("select id, body from post");
            int pending = 0;
            while (rows.next()) {
                Rendered r = Markdown.render(rows.getString(2));
                update.setString(1, r.html());
                update.setString(2, r.text());
                update.setString(3, r.excerpt());
                update.setInt(4, r.minutes());
                update.setInt(5, r.version());
                update.setLong(6, rows.getLong(1));
                update.addBatch();
                if (++pending % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    private static void renderComments(Connection connection) throws SQLException {
        try (var select = connection.createStatement();
             var update = connection.prepareStatement("update post_comment set body_html = ?, body_text = ?, render_version = ?"
                     + " where id = ?")) {
            select.setFetchSize(BATCH);
            var rows = select.executeQuery("select id, body from post_comment");
            int pending = 0;
            while (rows.next()) {
                Rendered r = Markdown.render(rows.getString(2));
                update.setString(1, r.html());
                update.setString(2, r.text());
                update.setInt(3, r.version());
                update.setLong(4, rows.getLong(1));
                update.addBatch();
                if (++pending % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
