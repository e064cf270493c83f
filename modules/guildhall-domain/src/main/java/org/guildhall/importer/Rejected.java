package org.guildhall.importer;

/** Line {@code line} was not imported: {@code field} (null: the whole line) and the reason. */
public record Rejected(long line, String field, String reason) {
}
