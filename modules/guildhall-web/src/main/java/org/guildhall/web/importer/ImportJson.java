package org.guildhall.web.importer;

import java.time.Instant;

import org.guildhall.importer.ImportJob;
import org.guildhall.importer.LineError;

/** An import and its progress: records done of total, rate, estimated time left, outcome, the node running it. */
public record ImportJson(long id, String kind, boolean fullImport, String fileName, String source, String state, String phase,
                         long total, long done, int percent, long imported, long unchanged, long rejected,
                         double recordsPerSecond, Long secondsLeft, String requestedBy, Instant requestedAt,
                         Instant startedAt, Instant finishedAt, String error, String node) {

    static ImportJson of(ImportJob j, Instant now) {
        var left = j.timeLeft(now);
        return new ImportJson(j.id(), j.kind().name().toLowerCase(), j.fullImport(), j.fileName(), j.source(),
                j.state().name().toLowerCase(), j.phase().name().toLowerCase(), j.total(), j.linesDone(), j.percent(),
                j.imported(), j.unchanged(), j.rejected(), Math.round(j.rate(now) * 10) / 10.0,
                left == null ? null : left.toSeconds(), j.requestedBy(), j.requestedAt(), j.startedAt(), j.finishedAt(), j.error(),
                j.claimedBy());
    }

    /** A line that was not imported. */
    public record LineErrorJson(long line, String field, String reason) {
        static LineErrorJson of(LineError e) {
            return new LineErrorJson(e.line(), e.field(), e.reason());
        }
    }
}
