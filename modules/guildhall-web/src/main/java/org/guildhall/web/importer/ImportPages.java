package org.guildhall.web.importer;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.importer.ImportJobs;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/** Admin → Imports: upload the HR directory or content, follow each import's progress, see its rejected lines, cancel. */
@RequestScoped
@Path("admin/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class ImportPages {

    @Inject
    ImportJobs imports;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @GET
    public View list(@QueryParam("page") String page) {
        var paging = Paging.of(page, null, 20);
        return View.of("admin/imports").with("jobs", imports.recent(viewer, paging.page(), paging.size()));
    }

    /** The form posts multipart; its CSRF token travels in the query string, since the body is the file. */
    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormParam("kind") String kind, @FormParam("full") String full, @FormParam("file") EntityPart file)
            throws java.io.IOException {
        if (file == null || file.getFileName().filter(n -> !n.isBlank()).isEmpty()) {
            throw new InvalidField("file", "Choose a file to import.");
        }
        var job = imports.upload(viewer, Kinds.of(kind), "on".equals(full) || "true".equals(full),
                file.getFileName().orElse("upload"), file.getContent(InputStream.class));
        flash.success("flash.import.queued", job.fileName());
        return Response.seeOther(UriBuilder.fromPath("/admin/imports/{id}").build(job.id())).build();
    }

    @GET
    @Path("{id: \\d+}")
    public View job(@PathParam("id") long id, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 50);
        return View.of("admin/import").with("job", imports.find(viewer, id))
                .with("errors", imports.errors(viewer, id, paging.page(), paging.size()));
    }

    /** The progress alone, which the page's script fetches every two seconds while the import runs. */
    @GET
    @Path("{id: \\d+}/progress")
    public View progress(@PathParam("id") long id) {
        return View.fragment("admin/import-progress").with("job", imports.find(viewer, id));
    }

    @POST
    @Path("{id: \\d+}/cancel")
    public Response cancel(@PathParam("id") long id) {
        imports.cancel(viewer, id);
        flash.success("flash.import.cancelled");
        return Response.seeOther(UriBuilder.fromPath("/admin/imports/{id}").build(id)).build();
    }
}
