package org.guildhall.web.importer;

import java.io.InputStream;
import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.guildhall.importer.ImportJobs;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;

/**
 * Imports for integrations and {@code ./guildhall import}: the file is the request body (not a
 * form), so a large export streams straight to disk.
 */
@RequestScoped
@Path("api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ImportApi {

    @Inject
    ImportJobs imports;

    @Inject
    Viewer viewer;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    /** Stores and checks the file, then queues it (202); a file that cannot be imported is a 400 with the reason. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("kind") String kind, @QueryParam("full") boolean full, @QueryParam("name") String name,
                           InputStream body) {
        var job = imports.upload(viewer, Kinds.of(kind), full, name, body);
        return Response.accepted(ImportJson.of(job, clock.instant()))
                .location(uri.getBaseUriBuilder().path("api/v1/imports/{id}").build(job.id())).build();
    }

    /** Imports, newest first. */
    @GET
    public ListPage<ImportJson> recent(@QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var now = clock.instant();
        return ListPage.of(imports.recent(viewer, paging.page(), paging.size()).map(j -> ImportJson.of(j, now)));
    }

    @GET
    @Path("{id: \\d+}")
    public ImportJson job(@PathParam("id") long id) {
        return ImportJson.of(imports.find(viewer, id), clock.instant());
    }

    /** The lines that were not imported: line, field, reason. */
    @GET
    @Path("{id: \\d+}/errors")
    public ListPage<ImportJson.LineErrorJson> errors(@PathParam("id") long id, @QueryParam("page") String page,
                                                      @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 100);
        return ListPage.of(imports.errors(viewer, id, paging.page(), paging.size()).map(ImportJson.LineErrorJson::of));
    }

    /** Stops the import after its current chunk; what it imported stays. A finished import is a 409. */
    @POST
    @Path("{id: \\d+}/cancel")
    public ImportJson cancel(@PathParam("id") long id) {
        return ImportJson.of(imports.cancel(viewer, id), clock.instant());
    }
}
