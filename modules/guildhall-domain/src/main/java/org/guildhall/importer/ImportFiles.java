package org.guildhall.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.access.InvalidField;

/**
 * Keeps uploaded import files on disk until their job ends. A file is checked as it arrives:
 * it must be UTF-8 and start with what its kind needs (the CSV's required columns, the JSON
 * Lines header), so a file that cannot be read fails before anything is imported. With several
 * nodes, the directory must be shared storage.
 */
@ApplicationScoped
public class ImportFiles {

    @Inject
    @ConfigProperty(name = "guildhall.import.dir")
    java.util.Optional<String> configuredDir;

    Path directory() {
        var dir = configuredDir.filter(d -> !d.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "imports"));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the import directory " + dir, e);
        }
    }

    /** Stores the upload and checks it; a file that cannot be imported is deleted and refused with the reason. */
    StoredFile store(ImportJob.Kind kind, String name, InputStream upload) {
        var path = directory().resolve(UUID.randomUUID() + (kind == ImportJob.Kind.HR ? ".csv" : ".jsonl"));
        try {
            long bytes = Files.copy(upload, path);
            if (bytes == 0) {
                throw new InvalidField("file", "The file is empty.");
            }
            long lines = countUtf8Lines(path);
            String source = kind == ImportJob.Kind.HR ? HrFile.checkHeader(firstLine(path)) : ContentFile.checkHeader(firstLine(path));
            return new StoredFile(name, path, bytes, Math.max(0, lines - 1), source);
        } catch (IOException | RuntimeException e) {
            delete(path);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Could not store the uploaded file", io);
            }
            throw (RuntimeException) e;
        }
    }

    void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left behind; the job is over either way.
        }
    }

    /** Lines with something on them, after checking that every byte is UTF-8. */
    private static long countUtf8Lines(Path path) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long lines = 0;
        try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder), 1 << 16)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines++;
                }
            }
        } catch (CharacterCodingException e) {
            throw new InvalidField("file", "The file is not UTF-8 (after line " + lines + "). Save it as UTF-8 and upload it again.");
        }
        return lines;
    }

    private static String firstLine(Path path) throws IOException {
        try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            var line = reader.readLine();
            return line == null ? "" : line.replace("\uFEFF", "");
        }
    }

    /** The stored file as text, without the byte-order mark spreadsheets write before a CSV header. */
    static BufferedReader open(String path) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(Path.of(path)), StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
