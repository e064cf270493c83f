package org.guildhall.importer;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.guildhall.access.InvalidField;

/** The content format, JSON Lines version 1 (see docs/import.md): its header and typed access to a record's fields. */
final class ContentFile {

    static final String FORMAT = "guildhall-content";
    static final int VERSION = 1;
    static final int ID_MAX = 200;
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9._-]{1,60}");

    private ContentFile() {
    }

    /** Checks the header line; answers the file's source. */
    static String checkHeader(String line) {
        JsonObject header;
        try {
            header = parse(line);
        } catch (BadRecord e) {
            throw new InvalidField("file", "The first line must be the header, e.g. "
                    + "{\"format\": \"guildhall-content\", \"version\": 1, \"source\": \"legacy-intranet\"}: " + e.getMessage());
        }
        if (!FORMAT.equals(header.getString("format", null))) {
            throw new InvalidField("file", "The first line must say \"format\": \"guildhall-content\".");
        }
        var version = header.get("version");
        if (version == null || version.getValueType() != JsonValue.ValueType.NUMBER || header.getInt("version") != VERSION) {
            throw new InvalidField("file", "This Guildhall reads format version " + VERSION + "; the file says " + version + ".");
        }
        var source = header.getString("source", null);
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new InvalidField("file", "The header needs a \"source\": letters, digits, '.', '_' or '-', at most 60.");
        }
        return source;
    }

    static JsonObject parse(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BadRecord(null, "Malformed JSON: " + firstLine(e.getMessage()));
        }
    }

    static String text(JsonObject record, String field, int max) {
        var value = record.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new BadRecord(field, "The " + field + " must be a string.");
        }
        var text = string.getString().strip();
        if (text.length() > max) {
            throw new BadRecord(field, "The " + field + " is " + text.length() + " characters long; at most " + max + " are allowed.");
        }
        return text.isEmpty() ? null : text;
    }

    static String required(JsonObject record, String field, int max) {
        var text = text(record, field, max);
        if (text == null) {
            throw new BadRecord(field, "The " + field + " is missing.");
        }
        return text;
    }

    static Instant instant(JsonObject record, String field, Instant otherwise) {
        var text = text(record, field, 40);
        try {
            return text == null ? otherwise : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRecord(field, "“" + text + "” is not a time like 2021-03-04T09:15:00Z.");
        }
    }

    static List<String> list(JsonObject record, String field, int maxItems, int maxEach) {
        var value = record.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new BadRecord(field, "The " + field + " must be a list of strings.");
        }
        var array = value.asJsonArray();
        if (array.size() > maxItems) {
            throw new BadRecord(field, "At most " + maxItems + " " + field + " are allowed; there are " + array.size() + ".");
        }
        var items = new ArrayList<String>();
        for (var item : array) {
            if (!(item instanceof JsonString string) || string.getString().strip().length() > maxEach) {
                throw new BadRecord(field, "Each of the " + field + " must be a string of at most " + maxEach + " characters.");
            }
            items.add(string.getString());
        }
        return items;
    }

    /** One of the allowed codes (lower case), or the default when absent. */
    static String code(JsonObject record, String field, String otherwise, String... allowed) {
        var text = text(record, field, 40);
        if (text == null) {
            return otherwise;
        }
        for (var code : allowed) {
            if (code.equals(text)) {
                return code;
            }
        }
        throw new BadRecord(field, "“" + text + "” is not one of " + String.join(", ", allowed) + ".");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
