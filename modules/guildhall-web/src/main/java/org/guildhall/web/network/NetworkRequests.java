package org.guildhall.web.network;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.guildhall.access.Viewer;
import org.guildhall.network.Coded;
import org.guildhall.network.DirectoryQuery;
import org.guildhall.network.MemberQuery;
import org.guildhall.network.MembershipAction;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkDirectory;
import org.guildhall.network.Role;
import org.guildhall.paging.Page;
import org.guildhall.search.Hits;
import org.guildhall.search.network.NetworkSearch;
import org.guildhall.web.error.InvalidRequest;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.SearchText;

/** What the pages and the API share: reading network query parameters, the CSV export. */
@ApplicationScoped
public class NetworkRequests {

    @Inject
    NetworkDirectory directory;

    @Inject
    NetworkSearch search;

    /** The directory's query from its parameters, each bounded. */
    DirectoryQuery query(String topic, String department, String minMembers, String activeWithinDays, String sort,
                         boolean mine, Paging paging) {
        return new DirectoryQuery(topic, department, number("minMembers", minMembers, 0, MAX_MEMBERS),
                number("activeWithinDays", activeWithinDays, 1, MAX_DAYS), mine, sort(sort), paging.page(), paging.size());
    }

    /** Full-text search chooses the networks when there is a query; the database's filters otherwise (null). */
    Page<Network> found(Viewer viewer, String q, String topic, String department, Paging paging) {
        return q == null || q.isBlank() ? null
                : search.find(viewer, SearchText.of(q), topic, department, paging.within(Hits.MAX_WINDOW).page(), paging.size());
    }

    /** The directory's cards (the API's list). */
    Page<NetworkDirectory.Card> cards(Viewer viewer, String q, DirectoryQuery query, Paging paging) {
        var found = found(viewer, q, query.topic(), query.department(), paging);
        return found != null ? directory.cards(viewer, found) : directory.directory(viewer, query);
    }

    MemberQuery memberQuery(String role, String department, String name, Paging paging) {
        return new MemberQuery(role == null || role.isBlank() ? null : role(role), department, name, paging.page(),
                paging.size());
    }

    /** A log filter's kind of change, or null for every kind. */
    MembershipAction action(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Coded.parse(MembershipAction.class, code.strip())
                .orElseThrow(() -> new InvalidRequest("'action' must be one of the log's kinds of change, such as joined or removed, not '"
                        + code + "'"));
    }

    Role role(String code) {
        return Coded.parse(Role.class, code == null ? "" : code.strip())
                .orElseThrow(() -> new InvalidRequest("'role' must be owner, moderator or member, not '" + code + "'"));
    }

    private static DirectoryQuery.Sort sort(String code) {
        if (code == null || code.isBlank()) {
            return DirectoryQuery.Sort.ACTIVITY;
        }
        return Coded.parse(DirectoryQuery.Sort.class, code.strip())
                .orElseThrow(() -> new InvalidRequest("'sort' must be activity, size, newest or name, not '" + code + "'"));
    }

    static final int MAX_MEMBERS = 1_000_000;
    static final int MAX_DAYS = 3650;

    private static Integer number(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequest("'" + name + "' must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    }

    /** Spreadsheets run cells starting with these as formulas; a leading quote keeps them text. */
    private static String safe(String value) {
        return value == null ? null : org.guildhall.web.view.CsvCells.text(value);
    }

    /** The membership directory as CSV (owners only), streamed with Apache Commons CSV. */
    Response csv(Viewer viewer, String slug) {
        var members = directory.export(viewer, slug);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (var csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                    .setHeader("username", "name", "email", "department", "title", "role", "joined").get())) {
                for (var m : members) {
                    var p = m.person();
                    csv.printRecord(safe(p.username()), safe(p.displayName()), safe(p.email()),
                            safe(p.department()), safe(p.title()), m.role().code(), m.joinedAt());
                }
            }
        };
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-members.csv\"").build();
    }
}
