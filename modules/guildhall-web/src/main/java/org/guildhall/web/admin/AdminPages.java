package org.guildhall.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.guildhall.access.Viewer;
import org.guildhall.search.SearchOperations;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/** Administration for people: search indices, updates that failed, rebuilding the indices with progress. */
@RequestScoped
@Path("admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class AdminPages {

    @Inject
    SearchOperations search;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @GET
    public View overview(@QueryParam("page") String page) {
        var paging = Paging.of(page, null, 20);
        return View.of("admin/index").with("o", search.overview(viewer, paging.page(), paging.size()));
    }

    @POST
    @Path("reindex")
    public Response rebuild() {
        var job = search.rebuild(viewer);
        flash.success("flash.admin.reindex");
        return Response.seeOther(UriBuilder.fromPath("/admin/reindex/{id}").build(job.id())).build();
    }

    @GET
    @Path("reindex/{id: \\d+}")
    public View rebuildPage(@PathParam("id") long id) {
        return View.of("admin/reindex").with("job", search.rebuildJob(viewer, id));
    }

    /** The progress alone, which the page's script fetches every few seconds while the job runs. */
    @GET
    @Path("reindex/{id: \\d+}/progress")
    public View progress(@PathParam("id") long id) {
        return View.fragment("admin/reindex-progress").with("job", search.rebuildJob(viewer, id));
    }

    @POST
    @Path("outbox/{id: \\d+}/{action: retry|discard}")
    public Response failedUpdate(@PathParam("id") long id, @PathParam("action") String action) {
        if ("retry".equals(action)) {
            search.retry(viewer, id);
        } else {
            search.discard(viewer, id);
        }
        flash.success("flash.admin." + action);
        return Response.seeOther(UriBuilder.fromPath("/admin").build()).build();
    }
}
