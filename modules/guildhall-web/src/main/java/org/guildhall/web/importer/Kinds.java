package org.guildhall.web.importer;

import java.util.Locale;

import org.guildhall.access.InvalidField;
import org.guildhall.importer.ImportJob;

/** Reads the kind of import from a form or a query ({@code hr} or {@code content}). */
final class Kinds {

    private Kinds() {
    }

    static ImportJob.Kind of(String kind) {
        if (kind != null) {
            switch (kind.strip().toLowerCase(Locale.ROOT)) {
                case "hr" -> {
                    return ImportJob.Kind.HR;
                }
                case "content" -> {
                    return ImportJob.Kind.CONTENT;
                }
                default -> { }
            }
        }
        throw new InvalidField("kind", "Choose what the file holds: hr (the HR directory, CSV) or content (JSON Lines).");
    }
}
