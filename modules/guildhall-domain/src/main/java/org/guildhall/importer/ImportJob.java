package org.guildhall.importer;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One uploaded file being imported: who asked, how far it got, and how it ended. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    public enum Kind { HR, CONTENT }

    public enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        public boolean isOver() {
            return this == DONE || this == FAILED || this == CANCELLED;
        }
    }

    /** What a running job is doing now. */
    public enum Phase { WAITING, PEOPLE, MANAGERS, LEAVERS, CONTENT, FINISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    /** A full HR import marks people missing from the file as having left. */
    @Column(name = "full_import", nullable = false)
    private boolean fullImport;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "file_path", nullable = false, length = 1000)
    private String filePath;

    @Column(name = "file_bytes", nullable = false)
    private long fileBytes;

    @Column(length = 60)
    private String source;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Phase phase;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Records in the file (lines after the header). */
    @Column(nullable = false)
    private long total;

    /** Records read so far, imported or not: where a node that takes the job over resumes. */
    @Column(name = "lines_done", nullable = false)
    private long linesDone;

    @Column(nullable = false)
    private long imported;

    /** Records already there (a file imported again). */
    @Column(nullable = false)
    private long unchanged;

    @Column(nullable = false)
    private long rejected;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Column(length = 1000)
    private String error;

    protected ImportJob() {
    }

    ImportJob(Kind kind, boolean fullImport, StoredFile file, String requestedBy, Instant now) {
        this.kind = kind;
        this.fullImport = fullImport;
        this.fileName = file.name();
        this.filePath = file.path().toString();
        this.fileBytes = file.bytes();
        this.total = file.records();
        this.source = file.source();
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.state = State.QUEUED;
        this.phase = Phase.WAITING;
    }

    void start(String node, Instant now) {
        if (state == State.QUEUED) {
            startedAt = now;
        }
        state = State.RUNNING;
        claimedBy = node;
        heartbeatAt = now;
    }

    void enter(Phase next, Instant now) {
        phase = next;
        heartbeatAt = now;
    }

    void progress(long lines, Tally tally, Instant now) {
        linesDone = Math.max(linesDone, lines);
        imported += tally.imported();
        unchanged += tally.unchanged();
        rejected += tally.rejected();
        heartbeatAt = now;
    }

    /** HR starts again from the top after a takeover (it needs the whole file in view): counts restart too. */
    void restartCounts() {
        linesDone = 0;
        imported = 0;
        unchanged = 0;
        rejected = 0;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    void cancel(Instant now) {
        end(State.CANCELLED, now);
    }

    void finish(Instant now) {
        end(State.DONE, now);
    }

    void fail(String reason, Instant now) {
        error = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        end(State.FAILED, now);
    }

    private void end(State end, Instant now) {
        state = end;
        phase = Phase.FINISHED;
        finishedAt = now;
        claimedBy = null;
    }

    /** Records per second since the job started (0 before it has read anything). */
    public double rate(Instant now) {
        if (startedAt == null || linesDone == 0) {
            return 0;
        }
        var until = finishedAt != null ? finishedAt : now;
        double seconds = Math.max(0.001, Duration.between(startedAt, until).toMillis() / 1000.0);
        return linesDone / seconds;
    }

    /** Time left at the current rate; null when unknown or over. */
    public Duration timeLeft(Instant now) {
        double rate = rate(now);
        if (state.isOver() || rate <= 0) {
            return null;
        }
        return Duration.ofSeconds((long) Math.ceil(Math.max(0, total - linesDone) / rate));
    }

    /** Percent of records read, 0–100. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, linesDone * 100 / total);
    }

    public Long id() { return id; }
    public Kind kind() { return kind; }
    public boolean fullImport() { return fullImport; }
    public String fileName() { return fileName; }
    public String filePath() { return filePath; }
    public long fileBytes() { return fileBytes; }
    public String source() { return source; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public State state() { return state; }
    public Phase phase() { return phase; }
    public String claimedBy() { return claimedBy; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    public long total() { return total; }
    public long linesDone() { return linesDone; }
    public long imported() { return imported; }
    public long unchanged() { return unchanged; }
    public long rejected() { return rejected; }
    public boolean cancelRequested() { return cancelRequested; }
    public String error() { return error; }
}
