package org.guildhall.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.guildhall.access.Viewer;
import org.guildhall.network.NetworkDirectory;
import org.guildhall.web.view.View;

/** The front door: what waits for the person, their networks and proposals, and where to start. */
@RequestScoped
@Path("/")
public class HomePage {

    @Inject
    NetworkDirectory networks;

    @Inject
    Viewer viewer;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View home() {
        var desk = networks.desk(viewer);
        return View.of("home/index").with("desk", desk).with("waiting", desk.waiting());
    }
}
