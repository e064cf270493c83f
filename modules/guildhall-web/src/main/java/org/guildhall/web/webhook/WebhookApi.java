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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.Viewer;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;
import org.guildhall.webhook.Webhooks;

/** Webhooks for admins: register, change, read deliveries and their attempts, replay. */
@RequestScoped
@Path("api/v1/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Webhooks", description = "Webhooks that POST signed events to other systems, their deliveries and replays; administrators only.")
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
    @Operation(summary = "List webhooks", description = "Every webhook with its address, events, description, whether it is active and its `version`; never the secret.")
    public List<WebhookJson.Hook> all() {
        return webhooks.all(viewer).stream().map(w -> WebhookJson.Hook.of(w, false)).toList();
    }

    /** Registers a webhook; the answer holds its signing secret. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook", description = "Registers an http(s) address for events (post.published, comment.created, wiki.page.edited, network.member.joined); only content every employee may read is ever sent. An address that is not http(s), an unknown event or no event is a 400 on the field.")
    @APIResponse(responseCode = "201", description = "The webhook with its signing `secret`, shown this once")
    public Response register(Draft in) {
        var webhook = webhooks.register(viewer, in == null ? new Webhooks.Draft(null, null, null, true) : in.draft());
        return Response.status(Response.Status.CREATED).entity(WebhookJson.Hook.of(webhook, true)).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "Read a webhook", description = "One webhook, without its secret; 404 for an unknown id.")
    public WebhookJson.Hook one(@PathParam("id") long id) {
        return WebhookJson.Hook.of(webhooks.find(viewer, id), false);
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a webhook", description = "Replaces its address, events, description and `active`; `version` is the one read, and a change made meanwhile is a 409.")
    public WebhookJson.Hook change(@PathParam("id") long id, Draft in) {
        var draft = in == null ? new Webhooks.Draft(null, null, null, true) : in.draft();
        return WebhookJson.Hook.of(webhooks.change(viewer, id, draft, in == null ? null : in.version()), false);
    }

    @GET
    @Path("{id: \\d+}/deliveries")
    @Operation(summary = "List a webhook's deliveries", description = "Deliveries, newest first: event, state (pending, retrying, delivered, failed), attempts and when.")
    public ListPage<WebhookJson.Delivery> deliveries(
            @PathParam("id") long id,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        return ListPage.of(webhooks.deliveries(viewer, id, paging.page(), paging.size()).map(WebhookJson.Delivery::of));
    }

    @GET
    @Path("{id: \\d+}/deliveries/{delivery: \\d+}")
    @Operation(summary = "Read a delivery", description = "One delivery with its payload and every attempt: time, status, the start of the response, error and duration.")
    public WebhookJson.DeliveryLog delivery(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        var log = webhooks.delivery(viewer, id, delivery);
        return new WebhookJson.DeliveryLog(WebhookJson.Delivery.of(log.delivery()), log.delivery().payload(),
                log.attempts().stream().map(WebhookJson.Attempt::of).toList());
    }

    @POST
    @Path("{id: \\d+}/deliveries/{delivery: \\d+}/replay")
    @Operation(summary = "Replay a delivery", description = "Sends the same payload again as a new delivery (`replayOf` says which).")
    @APIResponse(responseCode = "201", description = "The new delivery")
    public Response replay(@PathParam("id") long id, @PathParam("delivery") long delivery) {
        return Response.status(Response.Status.CREATED).entity(WebhookJson.Delivery.of(webhooks.replay(viewer, id, delivery))).build();
    }
}
