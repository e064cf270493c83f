package org.guildhall.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.guildhall.persistence.Statistics;
import org.jboss.logging.Logger;

/**
 * Runs a content job: reads the file from where the job last committed, {@value #CHUNK} lines
 * per transaction (written in JDBC batches of the same size). A chunk that fails as a whole (a database error on one record) is done again
 * line by line, so only the bad line is rejected.
 */
@ApplicationScoped
class ContentImport {

    static final int CHUNK = 1000;
    /** Tables grow fast during an import: their planner statistics are refreshed this often (records) and at the end. */
    static final int REFRESH_EVERY = 50_000;
    static final String[] TABLES = {"import_key", "person", "network", "network_topic", "network_department",
            "network_seen_by", "network_read_by", "membership", "post", "post_tag", "post_comment", "thanks", "question", "question_tag", "answer", "answer_vote", "outbox"};
    private static final Logger LOG = Logger.getLogger(ContentImport.class);

    @Inject
    ContentChunk chunks;

    @Inject
    ImportJobs jobs;

    @Inject
    Statistics statistics;

    /** Answers whether the job was carried to its end here (false: cancelled or taken over). */
    boolean run(ImportJob job, String node) throws IOException {
        if (!jobs.enter(job.id(), node, ImportJob.Phase.CONTENT)) {
            return false;
        }
        try (var reader = ImportFiles.open(job.filePath())) {
            reader.readLine(); // the header, checked at upload
            long number = 1;
            var chunk = new ArrayList<ContentChunk.Line>(CHUNK);
            String text;
            while ((text = reader.readLine()) != null) {
                number++;
                if (number - 1 <= job.linesDone() || text.isBlank()) {
                    continue;
                }
                chunk.add(new ContentChunk.Line(number, text));
                if (chunk.size() == CHUNK && !commit(job, node, number - 1, chunk)) {
                    return false;
                }
                if ((number - 1) % REFRESH_EVERY == 0) {
                    statistics.refresh(TABLES);
                }
            }
            boolean ended = chunk.isEmpty() || commit(job, node, number - 1, chunk);
            statistics.refresh(TABLES);
            return ended;
        }
    }

    /** Imports the chunk; {@code done} is how many records of the file are then behind us. */
    private boolean commit(ImportJob job, String node, long done, List<ContentChunk.Line> chunk) {
        try {
            return chunks.importAll(job.id(), node, job.source(), done, chunk);
        } catch (RuntimeException whole) {
            LOG.debugf(whole, "Import %d: a chunk failed as a whole; importing its lines one by one", job.id());
            return lineByLine(job, node, done, chunk);
        } finally {
            chunk.clear();
        }
    }

    private boolean lineByLine(ImportJob job, String node, long done, List<ContentChunk.Line> chunk) {
        var rejected = new ArrayList<Rejected>();
        var tally = Tally.NONE;
        for (var line : chunk) {
            try {
                tally = tally.plus(chunks.importOne(job.id(), job.source(), line, rejected));
            } catch (RuntimeException e) {
                rejected.add(new Rejected(line.number(), null, "Could not be saved: " + rootMessage(e)));
                tally = tally.plus(new Tally(0, 0, 1));
            }
        }
        return jobs.progressAlone(job.id(), node, done, tally, rejected);
    }

    static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
