package org.guildhall.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.Viewer;
import org.guildhall.community.NetworkHealth;
import org.guildhall.web.view.View;

/** A network's health dashboard for its owners and moderators. */
@RequestScoped
@Path("networks/{slug}/health")
@Produces(MediaType.TEXT_HTML)
public class HealthPages {

    @Inject
    NetworkHealth health;

    @Inject
    Viewer viewer;

    @GET
    public View dashboard(@PathParam("slug") String slug, @QueryParam("days") String days) {
        var d = health.of(viewer, slug, HealthApi.days(days));
        return View.of("community/health").with("d", d).with("visit", d.visit()).with("n", d.visit().network())
                .with("periods", NetworkHealth.PERIODS);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("slug") String slug, @QueryParam("days") String days) {
        var d = health.of(viewer, slug, HealthApi.days(days));
        return HealthApi.csvFile(HealthCsv.of(d), "health-" + slug + "-" + d.days() + "d");
    }
}
