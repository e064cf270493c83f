package org.guildhall.web.community;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.Viewer;
import org.guildhall.community.CompanyHealth;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/** Every network's health for admins. */
@RequestScoped
@Path("admin/health")
@Produces(MediaType.TEXT_HTML)
public class CompanyHealthPages {
    @Inject
    CompanyHealth company;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @GET
    public View overview(@QueryParam("trend") String trend, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 50);
        return View.of("community/company").with("o", company.overview(viewer, trend, paging.page(), paging.size()))
                .with("trend", trend == null ? "" : trend);
    }

    @POST
    @Path("recompute")
    public Response recompute() {
        flash.success("flash.health.recomputed", company.recompute(viewer));
        return Response.seeOther(URI.create("/admin/health")).build();
    }
}
