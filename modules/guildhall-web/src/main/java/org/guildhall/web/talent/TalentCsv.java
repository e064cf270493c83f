package org.guildhall.web.talent;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.guildhall.search.expertise.ExpertSearch.Expert;
import org.guildhall.talent.ShortlistEntry;

/** HR's exports as CSV (RFC 4180, with a header row), written by Commons CSV. */
final class TalentCsv {

    private TalentCsv() {
    }

    static String experts(List<Expert> experts) {
        return write(new String[] {"username", "name", "email", "department", "title", "location", "score", "contributions",
                        "skills", "networks"},
                experts.stream().map(e -> List.<Object>of(e.person().username(), e.person().displayName(),
                        nullToEmpty(e.person().email()), nullToEmpty(e.person().department()), nullToEmpty(e.person().title()),
                        nullToEmpty(e.person().location()), e.percent(), e.contributions(),
                        e.skills().stream().map(s -> s.skill().name() + " (" + s.contributions() + (s.declaredLevel() == null ? ""
                                : ", declared " + s.declaredLevel()) + ")").collect(Collectors.joining("; ")),
                        String.join("; ", e.networks()))).toList());
    }

    static String shortlist(List<ShortlistEntry> entries) {
        return write(new String[] {"username", "name", "email", "department", "title", "note", "added_by", "added_at"},
                entries.stream().map(e -> List.<Object>of(e.person().username(), e.person().displayName(),
                        nullToEmpty(e.person().email()), nullToEmpty(e.person().department()), nullToEmpty(e.person().title()),
                        nullToEmpty(e.note()), e.addedBy(), e.addedAt().toString())).toList());
    }

    private static String write(String[] header, List<List<Object>> rows) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (var row : rows) {
                printer.printRecord(row.stream().map(TalentCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would run as a formula is written as text (CSV injection). */
    private static Object safe(Object cell) {
        return cell instanceof String text ? org.guildhall.web.view.CsvCells.text(text) : cell;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
