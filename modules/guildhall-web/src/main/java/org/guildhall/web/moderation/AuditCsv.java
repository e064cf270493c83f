package org.guildhall.web.moderation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.guildhall.moderation.AuditEntry;
import org.guildhall.web.view.CsvCells;

/** The moderation audit log as CSV (RFC 4180, header row), written by Commons CSV. */
final class AuditCsv {

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        var out = new StringWriter();
        var header = new String[] {"at", "network", "actor", "action", "kind", "target_id", "subject", "case_id", "reason", "before", "after"};
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (var a : entries) {
                printer.printRecord(CsvCells.text(a.at().toString()), CsvCells.text(a.network() == null ? "" : a.network().slug()),
                        CsvCells.text(a.actor().username()), CsvCells.text(a.action().code()), CsvCells.text(a.kind() == null ? "" : a.kind().code()),
                        a.targetId() == null ? "" : a.targetId(), CsvCells.text(a.subject() == null ? "" : a.subject().username()),
                        a.caseId() == null ? "" : a.caseId(), CsvCells.text(a.reason()), CsvCells.text(a.before()), CsvCells.text(a.after()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
