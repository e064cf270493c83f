package org.guildhall.importer;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.guildhall.access.InvalidField;
import org.guildhall.people.HrRecord;

/** The HR directory CSV: its columns (see docs/import.md) and how one row becomes an {@link HrRecord}. */
final class HrFile {

    static final Set<String> REQUIRED = Set.of("employee_id", "email", "name");
    static final Set<String> KNOWN = Set.of("employee_id", "email", "name", "department", "title", "manager_id", "location",
            "languages", "hire_date", "username");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]+");

    private HrFile() {
    }

    /** Refuses a header without the required columns; answers null (HR files have no source). */
    static String checkHeader(String headerLine) {
        var columns = Arrays.stream(headerLine.split(",")).map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        var missing = REQUIRED.stream().filter(c -> !columns.contains(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new InvalidField("file", "The CSV header lacks the required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + ". The first line must name the columns, e.g. "
                    + "employee_id,email,name,department,title,manager_id,location,languages,hire_date.");
        }
        return null;
    }

    static CSVParser parse(Reader reader) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setIgnoreEmptyLines(true).get().parse(reader);
    }

    /** The row as a record, or {@link BadRecord} naming the first field that is wrong. */
    static HrRecord read(CSVRecord row) {
        if (!row.isConsistent()) {
            throw new BadRecord(null, "The row has " + row.size() + " fields; the header has " + row.getParser().getHeaderNames().size() + ".");
        }
        var email = required(row, "email", HrRecord.EMAIL_MAX);
        if (!EMAIL.matcher(email).matches()) {
            throw new BadRecord("email", "“" + email + "” is not an email address.");
        }
        var username = optional(row, "username", HrRecord.USERNAME_MAX);
        if (username != null && !USERNAME.matcher(username).matches()) {
            throw new BadRecord("username", "A sign-in name has letters, digits, '.', '_', '-' or '@' only.");
        }
        return new HrRecord(required(row, "employee_id", HrRecord.EMPLOYEE_ID_MAX), email, required(row, "name", HrRecord.NAME_MAX),
                optional(row, "department", HrRecord.DEPARTMENT_MAX), optional(row, "title", HrRecord.TITLE_MAX),
                optional(row, "manager_id", HrRecord.EMPLOYEE_ID_MAX), optional(row, "location", HrRecord.LOCATION_MAX),
                languages(optional(row, "languages", 1000)), hireDate(optional(row, "hire_date", 20)), username);
    }

    private static String required(CSVRecord row, String column, int max) {
        var value = optional(row, column, max);
        if (value == null) {
            throw new BadRecord(column, "The " + column + " is missing.");
        }
        return value;
    }

    private static String optional(CSVRecord row, String column, int max) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        var value = row.get(column).strip();
        if (value.length() > max) {
            throw new BadRecord(column, "The " + column + " is " + value.length() + " characters long; at most " + max + " are allowed.");
        }
        return value.isEmpty() ? null : value;
    }

    private static List<String> languages(String value) {
        if (value == null) {
            return List.of();
        }
        var languages = Arrays.stream(value.split(";")).map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
        if (languages.size() > HrRecord.LANGUAGES_MAX || languages.stream().anyMatch(l -> l.length() > HrRecord.LANGUAGE_MAX)) {
            throw new BadRecord("languages", "At most " + HrRecord.LANGUAGES_MAX + " languages of at most "
                    + HrRecord.LANGUAGE_MAX + " characters each, separated by ';'.");
        }
        return languages;
    }

    private static LocalDate hireDate(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRecord("hire_date", "“" + value + "” is not a date like 2019-04-01.");
        }
    }
}
