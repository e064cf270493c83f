package org.guildhall.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.guildhall.access.Viewer;
import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.Home;
import org.guildhall.activity.Stream;
import org.guildhall.web.activity.HomeFilters;
import org.guildhall.web.view.View;

/**
 * The front door: the person's activity stream from what they follow, and beside it their
 * networks, drafts, what waits for them and what to discover.
 */
@RequestScoped
@Path("/")
public class HomePage {

    @Inject
    Home home;

    @Inject
    HomeFilters filters;

    @Inject
    Viewer viewer;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View home(@QueryParam("kind") String kind, @QueryParam("network") String network, @QueryParam("before") String before) {
        var view = home.of(viewer, filters.of(kind, network), Stream.Cursor.parse(before).orElse(null));
        return View.of("home/index").with("home", view).with("desk", view.desk()).with("waiting", view.desk().waiting())
                .with("kinds", ActivityKind.values()).with("kind", kind == null ? "" : kind)
                .with("network", network == null ? "" : network).with("before", before);
    }
}
