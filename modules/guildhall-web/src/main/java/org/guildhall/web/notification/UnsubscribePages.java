package org.guildhall.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.guildhall.notification.UnsubscribeTokens;
import org.guildhall.web.view.View;

/**
 * Unsubscribe links from mail, which work without signing in: the signed token is the proof.
 * Opening the link only asks (mail scanners open links); the button, or a mail program's
 * one-click request (RFC 8058), turns the mail off.
 */
@RequestScoped
@Path("unsubscribe")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribePages {

    @Inject
    UnsubscribeTokens tokens;

    @GET
    public View ask(@QueryParam("token") String token) {
        var request = tokens.read(token);
        return View.of("notification/unsubscribe").with("token", token).with("person", request.person())
                .with("kind", request.kind().map(k -> k.code()).orElse(null)).with("done", false);
    }

    @POST
    public View unsubscribe(@QueryParam("token") String token) {
        var request = tokens.unsubscribe(token);
        return View.of("notification/unsubscribe").with("token", token).with("person", request.person())
                .with("kind", request.kind().map(k -> k.code()).orElse(null)).with("done", true);
    }
}
