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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Imports", description = "Background imports of the HR directory (CSV) and of content from another platform (JSON Lines); administrators only.")
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
    @Operation(summary = "Upload a file to import", description = "The request body is the file itself (any content type; `./guildhall import` sends application/octet-stream). It is stored and checked, then imported in the background; a file that cannot be read at all (not UTF-8, missing columns, wrong header or format version) or an unknown `kind` is a 400 with the reason. Rejected lines are reported per line, the rest is imported; importing the same file again changes nothing.")
    @APIResponse(responseCode = "202", description = "The queued import; Location points at its progress")
    public Response upload(
            @Parameter(description = "What the file holds: hr (the HR directory, CSV) or content (JSON Lines)", example = "hr") @QueryParam("kind") String kind,
            @Parameter(description = "HR only: true marks people missing from the file as having left", example = "false") @QueryParam("full") boolean full,
            @Parameter(description = "The file's name, shown with the import", example = "hr-directory.csv") @QueryParam("name") String name,
            @RequestBody(description = "The file to import, as the body (not a form): CSV for kind=hr, JSON Lines for kind=content (docs/import.md)", content = {@Content(mediaType = "application/octet-stream"), @Content(mediaType = "text/csv", examples = @ExampleObject(name = "An HR directory (kind=hr)", value = "employee_id,email,name,department,title,manager_id,location,languages,hire_date\nEX100,grace.hopper@example.com,Grace Hopper,Research,Head of Research,,Arlington,English,2009-09-01\nEX101,edsger.dijkstra@example.com,Edsger Dijkstra,Research,Principal Scientist,EX100,Eindhoven,Dutch;English,2012-02-15\n"))}) InputStream body) {
        var job = imports.upload(viewer, Kinds.of(kind), full, name, body);
        return Response.accepted(ImportJson.of(job, clock.instant()))
                .location(uri.getBaseUriBuilder().path("api/v1/imports/{id}").build(job.id())).build();
    }

    /** Imports, newest first. */
    @GET
    @Operation(summary = "List imports", description = "Imports, newest first, with their progress.")
    public ListPage<ImportJson> recent(
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var now = clock.instant();
        return ListPage.of(imports.recent(viewer, paging.page(), paging.size()).map(j -> ImportJson.of(j, now)));
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "Read an import's progress", description = "Kind, state (queued, running, done, failed, cancelled), phase, done of total, records imported, unchanged and rejected, rate and estimated seconds left; 404 for an unknown id.")
    public ImportJson job(@PathParam("id") long id) {
        return ImportJson.of(imports.find(viewer, id), clock.instant());
    }

    /** The lines that were not imported: line, field, reason. */
    @GET
    @Path("{id: \\d+}/errors")
    @Operation(summary = "List an import's rejected lines", description = "The lines that were not imported, with their line number, field and reason.")
    public ListPage<ImportJson.LineErrorJson> errors(
            @PathParam("id") long id,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 100)", example = "100") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 100);
        return ListPage.of(imports.errors(viewer, id, paging.page(), paging.size()).map(ImportJson.LineErrorJson::of));
    }

    /** Stops the import after its current chunk; what it imported stays. A finished import is a 409. */
    @POST
    @Path("{id: \\d+}/cancel")
    @Operation(summary = "Cancel an import", description = "Stops after the chunk being saved; what was imported stays. An import that already ended is a 409.")
    public ImportJson cancel(@PathParam("id") long id) {
        return ImportJson.of(imports.cancel(viewer, id), clock.instant());
    }
}
