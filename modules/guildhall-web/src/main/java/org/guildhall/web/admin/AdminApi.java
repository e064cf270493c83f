package org.guildhall.web.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.Viewer;
import org.guildhall.outbox.OutboxEntry;
import org.guildhall.outbox.ReindexJob;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchOperations;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;

/** Administration for integrations and {@code ./guildhall reindex}: the same operations as the admin page. */
@RequestScoped
@Path("api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Administration", description = "Operating Guildhall: search index rebuilds, the search outbox, search health and relevance weights; administrators only.")
public class AdminApi {

    @Inject
    SearchOperations search;

    @Inject
    Viewer viewer;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    /** A rebuild and its progress: documents done of total, rate, estimated time left. */
    public record RebuildJson(long id, String state, String reason, long total, long done, int percent,
                              double documentsPerSecond, Long secondsLeft, Instant startedAt, Instant indexingAt,
                              Instant indexedAt, Instant finishedAt, String error) {
        static RebuildJson of(ReindexJob j, Instant now) {
            var left = j.remaining(now);
            return new RebuildJson(j.id(), j.state().name().toLowerCase(), j.reason(), j.total(), j.done(), j.percent(),
                    Math.round(j.rate(now) * 10) / 10.0, left == null ? null : left.toSeconds(), j.startedAt(),
                    j.indexingAt(), j.indexedAt(), j.finishedAt(), j.error());
        }
    }

    public record FailedUpdateJson(long id, String aggregateType, long aggregateId, int attempts, String error,
                                   Instant createdAt, Instant failedAt) {
        static FailedUpdateJson of(OutboxEntry e) {
            return new FailedUpdateJson(e.id(), e.aggregateType(), e.aggregateId(), e.attempts(), e.lastError(),
                    e.createdAt(), e.deadAt());
        }
    }

    /** Starts rebuilding every search index from the database (202), or answers the rebuild under way. */
    @POST
    @Path("reindex")
    @Operation(summary = "Rebuild every search index", description = "Rebuilds every search index from the database in the background, the same operation as the admin page and `./guildhall reindex`; searches keep using the old indices until the new ones are complete. A rebuild already under way is answered instead of starting another.")
    @APIResponse(responseCode = "202", description = "The rebuild job; Location points at its progress")
    public Response rebuild() {
        var job = search.rebuild(viewer);
        return Response.accepted(RebuildJson.of(job, clock.instant()))
                .location(uri.getBaseUriBuilder().path("api/v1/admin/reindex/{id}").build(job.id())).build();
    }

    /** The latest rebuilds, newest first. */
    @GET
    @Path("reindex")
    @Operation(summary = "List the latest rebuilds", description = "The latest 10 search index rebuilds with their progress, newest first.")
    public List<RebuildJson> rebuilds() {
        var now = clock.instant();
        return search.overview(viewer, 1, 1).rebuilds().stream().map(j -> RebuildJson.of(j, now)).toList();
    }

    @GET
    @Path("reindex/{id: \\d+}")
    @Operation(summary = "Read a rebuild's progress", description = "A rebuild's state (requested, running, done, failed), documents done of total, rate, estimated seconds left and the error if it failed; 404 for an unknown id.")
    public RebuildJson rebuildJob(@PathParam("id") long id) {
        return RebuildJson.of(search.rebuildJob(viewer, id), clock.instant());
    }

    /** Changes waiting to reach search, and those set aside: how far search is behind (after an import, say). */
    public record OutboxJson(long pending, long failed, long lagSeconds) {
    }

    @GET
    @Path("outbox")
    @Operation(summary = "Read how far search is behind", description = "Changes waiting to reach search, those set aside after failing, and how long the oldest pending change has waited.")
    public OutboxJson outbox() {
        var overview = search.overview(viewer, 1, 1);
        return new OutboxJson(overview.pending(), overview.failed().total(), overview.lag().toSeconds());
    }

    /** Search's health at a glance: every index with its documents, the outbox, the latest rebuild. */
    public record SearchHealthJson(boolean available, List<Indices.Status> indices, OutboxJson outbox, RebuildJson lastRebuild) {
    }

    @GET
    @Path("search")
    @Operation(summary = "Read search's health", description = "Whether search is available, every index with its live and building index, documents and health, the outbox and the latest rebuild.")
    public SearchHealthJson searchHealth() {
        var o = search.overview(viewer, 1, 1);
        var now = clock.instant();
        return new SearchHealthJson(o.available(), o.indices(), new OutboxJson(o.pending(), o.failed().total(), o.lag().toSeconds()),
                o.rebuilds().stream().findFirst().map(j -> RebuildJson.of(j, now)).orElse(null));
    }

    @GET
    @Path("outbox/failed")
    @Operation(summary = "List failed search updates", description = "Changes set aside after failing to reach search, with their last error.")
    public ListPage<FailedUpdateJson> failed(
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        return ListPage.of(search.failed(viewer, paging.page(), paging.size()).map(FailedUpdateJson::of));
    }

    @POST
    @Path("outbox/{id: \\d+}/retry")
    @Operation(summary = "Retry a failed search update", description = "Puts a failed change back in the queue.")
    @APIResponse(responseCode = "204", description = "The change is queued again")
    public Response retry(@PathParam("id") long id) {
        search.retry(viewer, id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("outbox/{id: \\d+}")
    @Operation(summary = "Discard a failed search update", description = "Drops a failed change for good, once its cause is fixed; the next rebuild covers it anyway.")
    @APIResponse(responseCode = "204", description = "The change was discarded")
    public Response discard(@PathParam("id") long id) {
        search.discard(viewer, id);
        return Response.noContent().build();
    }
}
