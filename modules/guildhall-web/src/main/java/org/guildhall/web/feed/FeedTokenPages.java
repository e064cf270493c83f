package org.guildhall.web.feed;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.Viewer;
import org.guildhall.feed.FeedTokens;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.View;

/** A person's feed tokens on their profile: make one (shown once, with the feed addresses), revoke one. */
@RequestScoped
@Path("me/feeds")
@Produces(MediaType.TEXT_HTML)
public class FeedTokenPages {

    @Inject
    FeedTokens tokens;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @GET
    public View list() {
        return View.of("feed/tokens").with("tokens", tokens.mine(viewer)).with("made", null);
    }

    /** The new token appears on this response only: it is not kept anywhere it could be read again. */
    @POST
    public View create(@FormParam("label") String label) {
        var made = tokens.create(viewer, label);
        return View.of("feed/tokens").with("tokens", tokens.mine(viewer)).with("made", made);
    }

    @POST
    @Path("{id: \\d+}/revoke")
    public Response revoke(@PathParam("id") long id) {
        var token = tokens.revoke(viewer, id);
        flash.success("flash.feedToken.revoked", token.label());
        return Response.seeOther(URI.create("/me/feeds")).build();
    }
}
