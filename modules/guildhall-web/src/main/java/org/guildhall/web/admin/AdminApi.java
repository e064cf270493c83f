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
    public Response rebuild() {
        var job = search.rebuild(viewer);
        return Response.accepted(RebuildJson.of(job, clock.instant()))
                .location(uri.getBaseUriBuilder().path("api/v1/admin/reindex/{id}").build(job.id())).build();
    }

    /** The latest rebuilds, newest first. */
    @GET
    @Path("reindex")
    public List<RebuildJson> rebuilds() {
        var now = clock.instant();
        return search.overview(viewer, 1, 1).rebuilds().stream().map(j -> RebuildJson.of(j, now)).toList();
    }

    @GET
    @Path("reindex/{id: \\d+}")
    public RebuildJson rebuildJob(@PathParam("id") long id) {
        return RebuildJson.of(search.rebuildJob(viewer, id), clock.instant());
    }

    /** Changes waiting to reach search, and those set aside: how far search is behind (after an import, say). */
    public record OutboxJson(long pending, long failed, long lagSeconds) {
    }

    @GET
    @Path("outbox")
    public OutboxJson outbox() {
        var overview = search.overview(viewer, 1, 1);
        return new OutboxJson(overview.pending(), overview.failed().total(), overview.lag().toSeconds());
    }

    /** Search's health at a glance: every index with its documents, the outbox, the latest rebuild. */
    public record SearchHealthJson(boolean available, List<Indices.Status> indices, OutboxJson outbox, RebuildJson lastRebuild) {
    }

    @GET
    @Path("search")
    public SearchHealthJson searchHealth() {
        var o = search.overview(viewer, 1, 1);
        var now = clock.instant();
        return new SearchHealthJson(o.available(), o.indices(), new OutboxJson(o.pending(), o.failed().total(), o.lag().toSeconds()),
                o.rebuilds().stream().findFirst().map(j -> RebuildJson.of(j, now)).orElse(null));
    }

    @GET
    @Path("outbox/failed")
    public ListPage<FailedUpdateJson> failed(@QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        return ListPage.of(search.failed(viewer, paging.page(), paging.size()).map(FailedUpdateJson::of));
    }

    @POST
    @Path("outbox/{id: \\d+}/retry")
    public Response retry(@PathParam("id") long id) {
        search.retry(viewer, id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("outbox/{id: \\d+}")
    public Response discard(@PathParam("id") long id) {
        search.discard(viewer, id);
        return Response.noContent().build();
    }
}
