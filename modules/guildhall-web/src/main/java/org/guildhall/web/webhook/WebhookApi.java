package org.guildhall.web.webhook;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.Viewer;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;
import org.guildhall.webhook.Webhooks;

/** Webhooks for admins: register, change, read deliveries and their attempts, replay. */
@RequestScoped
@Path("api/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class WebhookApi {

    @Inject
    Webhooks webhooks;

    @Inject
    Viewer viewer;

    public record Draft(String url, Set<String> events, String description, Boolean active, Long version) {
        Webhooks.Draft draft() {
            return new Webhooks.Draft(url, events, description, active == null || active);
        }
    }

    @GET
    public List<WebhookJson.Hook> all() {
        return webhooks.all(viewer).stream().map(w -> WebhookJson.Hook.of(w, false)).toList();
    }

    /** Registers a webhook; the answer holds its signing secret. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(Draft in) {
        var webhook = webhooks.register(viewer, in == null ? new Webhooks.Draft(null, null, null, true) : in.draft());
        return Response.status(Response.Status.CREATED).entity(WebhookJson.Hook.of(webhook, true)).build();
    }

    @GET
    @Path("{id: \\d+}")
    public WebhookJson.Hook one(@PathParam("id") long id) {
        return WebhookJson.Hook.of(webhooks.find(viewer, id), false);
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WebhookJson.Hook change(@PathParam("id") long id, Draft in) {
        var draft = in == null ? new Webhooks.Draft(null, null, null, true) : in.draft();
        return WebhookJson.Hook.of(webhooks.change(viewer, id, draft, in == null ? null : in.version()), false);
    }

    @GET
    @Path("{id: \\d+}/deliveries")
    public ListPage<WebhookJson.Delivery> deliveries(@PathParam("id") long id, @QueryParam("page") String page,
                                                     @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        return ListPage.of(webhooks.deliveries(viewer, id, paging.page(), paging.size()).map(WebhookJson.Delivery::of));
    }

    @GET
    @Path("{id: \\d+}/deliveries/{delivery: \\d+}")
    public WebhookJson.DeliveryLog delivery(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        var log = webhooks.delivery(viewer, id, delivery);
        return new WebhookJson.DeliveryLog(WebhookJson.Delivery.of(log.delivery()), log.delivery().payload(),
                log.attempts().stream().map(WebhookJson.Attempt::of).toList());
    }

    @POST
    @Path("{id: \\d+}/deliveries/{delivery: \\d+}/replay")
    public Response replay(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        return Response.status(Response.Status.CREATED).entity(WebhookJson.Delivery.of(webhooks.replay(viewer, id, delivery))).build();
    }
}
