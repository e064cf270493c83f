package org.guildhall.web.home;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.guildhall.people.PersonRepository;
import org.guildhall.web.view.View;

/** The front door: what Guildhall offers and where to start. */
@Path("/")
public class HomePage {

    @Inject
    PersonRepository people;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View home() {
        return View.of("home/index").with("peopleCount", people.count());
    }
}
