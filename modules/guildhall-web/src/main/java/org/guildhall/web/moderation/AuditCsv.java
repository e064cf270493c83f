package org.guildhall.web.moderation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.guildhall.moderation.AuditEntry;

/** The moderation audit log as CSV (RFC 4180, header row), written by Commons CSV. */
final class AuditCsv {

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        var out = new StringWriter();
        var header = new String[] {"at", "network", "actor", "action", "kind", "target_id", "subject", "case_id", "reason", "before", "after"};
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (var a : entries) {
                printer.printRecord(safe(a.at().toString()), safe(a.network() == null ? "" : a.network().slug()),
                        safe(a.actor().username()), safe(a.action().code()), safe(a.kind() == null ? "" : a.kind().code()),
                        a.targetId() == null ? "" : a.targetId(), safe(a.subject() == null ? "" : a.subject().username()),
                        a.caseId() == null ? "" : a.caseId(), safe(a.reason()), safe(a.before()), safe(a.after()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would run as a formula is written as text (CSV injection). */
    private static String safe(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
