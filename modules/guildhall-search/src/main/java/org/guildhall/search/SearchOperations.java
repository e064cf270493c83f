package org.guildhall.search;

import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;
import org.guildhall.outbox.Outbox;
import org.guildhall.outbox.OutboxEntry;
import org.guildhall.outbox.ReindexJob;
import org.guildhall.outbox.ReindexJobs;
import org.guildhall.paging.Page;

/**
 * Search as administrators run it: the state of the indices and the outbox, updates that failed
 * and were set aside (retry or discard them), and rebuilding every index from the database.
 */
@ApplicationScoped
public class SearchOperations {

    @Inject
    Indices indices;

    @Inject
    SearchClient search;

    @Inject
    Outbox outbox;

    @Inject
    ReindexJobs jobs;

    /** The admin page's whole view model. */
    public record Overview(boolean available, List<Indices.Status> indices, long pending, java.time.Duration lag,
                           Page<OutboxEntry> failed, List<ReindexJob> rebuilds) {
    }

    @Transactional
    public Overview overview(Viewer viewer, int page, int size) {
        requireAdmin(viewer);
        boolean available = search.available();
        List<Indices.Status> status;
        try {
            status = available ? indices.status() : List.of();
        } catch (UncheckedIOException | ElasticsearchException e) {
            available = false;
            status = List.of();
        }
        return new Overview(available, status, outbox.pending(), outbox.lag(), outbox.dead(page, size), jobs.recent(10));
    }

    /** Asks for a rebuild of every index; answers the job (the one already under way, if any). */
    public ReindexJob rebuild(Viewer viewer) {
        return jobs.request(viewer, "requested by " + viewer.username());
    }

    public ReindexJob rebuildJob(Viewer viewer, long id) {
        return jobs.find(viewer, id);
    }

    public Page<OutboxEntry> failed(Viewer viewer, int page, int size) {
        requireAdmin(viewer);
        return outbox.dead(page, size);
    }

    public void retry(Viewer viewer, long entry) {
        requireAdmin(viewer);
        outbox.retry(entry);
    }

    public void discard(Viewer viewer, long entry) {
        requireAdmin(viewer);
        outbox.discard(entry);
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only an administrator can run search");
        }
    }
}
