package org.guildhall.web.flow;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.guildhall.flow.Brokers;
import org.guildhall.flow.Connections;
import org.guildhall.flow.DepartmentMap;
import org.guildhall.flow.InteractionKind;
import org.guildhall.flow.NetworkReach;
import org.guildhall.web.view.CsvCells;

/** Every flow chart's figures as CSV (RFC 4180, header row): the rows its table shows. */
final class FlowCsv {

    private FlowCsv() {
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    static Response file(String name, List<String> header, Rows rows) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }

    private static List<String> kinds() {
        var names = new ArrayList<String>();
        for (var kind : InteractionKind.values()) {
            names.add(kind.code().replace('-', '_'));
        }
        return names;
    }

    static Response connections(Connections.Graph g) {
        var header = new ArrayList<>(List.of("username", "name", "department", "strength", "last_interaction_at"));
        for (var kind : InteractionKind.tied()) {
            header.add(kind.code().replace('-', '_') + "_given");
            header.add(kind.code().replace('-', '_') + "_received");
        }
        header.add("shared_networks");
        return file("connections-" + g.person().username(), header, p -> {
            for (var c : g.connections()) {
                var row = new ArrayList<Object>(List.of(c.person().username(), CsvCells.text(c.person().name()),
                        CsvCells.text(c.person().department() == null ? "" : c.person().department()), c.strength(),
                        c.lastAt() == null ? "" : c.lastAt().toString()));
                for (var kind : InteractionKind.tied()) {
                    var e = c.interactions().get(kind);
                    row.add(e == null ? 0 : e.given());
                    row.add(e == null ? 0 : e.received());
                }
                row.add(CsvCells.text(String.join("; ", c.sharedNetworks().stream().map(n -> n.name()).toList())));
                p.printRecord(row);
            }
        });
    }

    static Response departments(DepartmentMap.View v) {
        var header = new ArrayList<>(List.of("from_department", "to_department", "interactions"));
        header.addAll(kinds());
        return file("departments-" + v.period().since() + "-" + v.period().until(), header, p -> {
            for (var from : v.cells().values()) {
                for (var c : from.values()) {
                    var row = new ArrayList<Object>(List.of(CsvCells.text(c.from()), CsvCells.text(c.to()), c.interactions()));
                    for (var kind : InteractionKind.values()) {
                        row.add(c.of(kind));
                    }
                    p.printRecord(row);
                }
            }
        });
    }

    static Response exchange(DepartmentMap.Exchange e) {
        var header = new ArrayList<>(List.of("network", "name", "interactions"));
        header.addAll(kinds());
        return file("exchange", header, p -> {
            for (var c : e.networks()) {
                var row = new ArrayList<Object>(List.of(c.network() == null ? "" : c.network().slug(),
                        c.network() == null ? "Company-wide" : CsvCells.text(c.network().name()), c.interactions()));
                for (var kind : InteractionKind.values()) {
                    row.add(c.counts().getOrDefault(kind, 0));
                }
                p.printRecord(row);
            }
        });
    }

    static Response networks(NetworkReach.Ranking r) {
        return file("network-reach", List.of("network", "name", "home_department", "members", "members_outside", "departments",
                "interactions_12_months", "interactions_outside", "percent_outside"), p -> {
            for (var n : r.networks().items()) {
                p.printRecord(n.network().slug(), CsvCells.text(n.network().name()), CsvCells.text(n.home()), n.members(), n.outsideMembers(),
                        n.departments(), n.interactions(), n.outsideInteractions(), n.percentOutside());
            }
        });
    }

    static Response trend(NetworkReach.Trend t) {
        return file("reach-" + t.reach().network().slug(), List.of("month", "interactions", "interactions_outside"), p -> {
            for (var m : t.months()) {
                p.printRecord(m.month(), m.interactions(), m.outsideInteractions());
            }
        });
    }

    static Response brokers(Brokers.Listing l) {
        return file("brokers", List.of("username", "name", "department", "participation", "departments", "interactions", "reached"), p -> {
            for (var b : l.brokers().items()) {
                p.printRecord(b.person().username(), CsvCells.text(b.person().name()),
                        CsvCells.text(b.person().department() == null ? "" : b.person().department()), b.participation(), b.departments(),
                        b.interactions(), CsvCells.text(String.join("; ", b.reached())));
            }
        });
    }
}
