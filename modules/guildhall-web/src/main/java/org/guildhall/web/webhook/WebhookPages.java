package org.guildhall.web.webhook;

import java.net.URI;
import java.util.HashSet;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.Viewer;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;
import org.guildhall.webhook.WebhookEvent;
import org.guildhall.webhook.Webhooks;

/** Administration → Webhooks: the list and the form, one webhook's deliveries, one delivery's attempts and replay. */
@RequestScoped
@Path("admin/webhooks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class WebhookPages {

    @Inject
    Webhooks webhooks;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @GET
    public View list() {
        return View.of("webhook/list").with("webhooks", webhooks.all(viewer)).with("events", WebhookEvent.values()).with("made", null);
    }

    /** The new webhook's secret shows on this response, and on the webhook's page to admins. */
    @POST
    public View register(@FormParam("url") String url, @FormParam("events") List<String> events,
                         @FormParam("description") String description) {
        var webhook = webhooks.register(viewer, new Webhooks.Draft(url, new HashSet<>(events), description, true));
        return View.of("webhook/list").with("webhooks", webhooks.all(viewer)).with("events", WebhookEvent.values()).with("made", webhook);
    }

    @GET
    @Path("{id: \\d+}")
    public View one(@PathParam("id") long id, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 20);
        return View.of("webhook/webhook").with("w", webhooks.find(viewer, id)).with("events", WebhookEvent.values())
                .with("deliveries", webhooks.deliveries(viewer, id, paging.page(), paging.size()));
    }

    @POST
    @Path("{id: \\d+}")
    public Response change(@PathParam("id") long id, @FormParam("url") String url, @FormParam("events") List<String> events,
                           @FormParam("description") String description, @FormParam("active") String active,
                           @FormParam("version") Long version) {
        webhooks.change(viewer, id, new Webhooks.Draft(url, new HashSet<>(events), description, "on".equals(active) || "true".equals(active)),
                version);
        flash.success("flash.webhook.saved");
        return Response.seeOther(URI.create("/admin/webhooks/" + id)).build();
    }

    @GET
    @Path("{id: \\d+}/deliveries/{delivery: \\d+}")
    public View delivery(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        return View.of("webhook/delivery").with("log", webhooks.delivery(viewer, id, delivery)).with("w", webhooks.find(viewer, id));
    }

    @POST
    @Path("{id: \\d+}/deliveries/{delivery: \\d+}/replay")
    public Response replay(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        var replay = webhooks.replay(viewer, id, delivery);
        flash.success("flash.webhook.replayed", replay.id());
        return Response.seeOther(URI.create("/admin/webhooks/" + id + "/deliveries/" + replay.id())).build();
    }
}
