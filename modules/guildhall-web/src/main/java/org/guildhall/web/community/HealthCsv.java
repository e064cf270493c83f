package org.guildhall.web.community;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.guildhall.community.CompanyHealth;
import org.guildhall.community.Dashboard;
import org.guildhall.web.view.CsvCells;

/** Health figures as CSV (RFC 4180, header row), the same rows the charts and tables show. */
final class HealthCsv {

    private HealthCsv() {
    }

    static String of(Dashboard d) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("from", "joins", "leaves", "requests", "posts", "comments", "wiki_edits").get())) {
            for (var s : d.slices()) {
                printer.printRecord(s.start(), s.joins(), s.leaves(), s.requests(), s.posts(), s.comments(), s.edits());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String of(CompanyHealth.Overview o) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("network", "name", "trend", "members", "joins_30d", "leaves_30d", "contributors_30d", "contributions_30d",
                        "contributions_previous_30d", "departments", "computed_at").get())) {
            for (var h : o.networks().items()) {
                printer.printRecord(h.network().slug(), CsvCells.text(h.network().name()), h.trend().code(),
                        h.members(), h.joins(), h.leaves(), h.contributors(), h.contributions(), h.earlierContributions(),
                        h.departments(), h.computedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
