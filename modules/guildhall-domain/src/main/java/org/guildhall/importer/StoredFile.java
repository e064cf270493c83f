package org.guildhall.importer;

import java.nio.file.Path;

/** An upload kept on disk for its job: its name as uploaded, size, records after the header, and (content) its source. */
record StoredFile(String name, Path path, long bytes, long records, String source) {
}
