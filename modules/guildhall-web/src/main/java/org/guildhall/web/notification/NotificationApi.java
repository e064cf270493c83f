package org.guildhall.web.notification;

import java.util.EnumMap;
import java.util.Map;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.network.Coded;
import org.guildhall.notification.Delivery;
import org.guildhall.notification.Inbox;
import org.guildhall.notification.NotificationKind;
import org.guildhall.notification.Preferences;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;

/** The signed-in person's notifications and mail preferences, for integrations. */
@RequestScoped
@Path("api/v1/me/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The caller's notifications and how each kind is mailed.")
public class NotificationApi {

    @Inject
    Inbox inbox;

    @Inject
    Preferences preferences;

    @Inject
    Sentences sentences;

    @Inject
    Viewer viewer;

    public record Unread(long unread) {
    }

    public record Marked(int marked) {
    }

    @GET
    @Operation(summary = "List my notifications", description = "The caller's notifications, newest first, each as one sentence with a link; those about content the caller may no longer read are left out.")
    public ListPage<NotificationJson> list(
            @Parameter(description = "true: only unread notifications", example = "true") @QueryParam("unread") boolean unread,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        return ListPage.of(inbox.list(viewer, unread, paging.page(), paging.size()).map(s -> NotificationJson.of(s, sentences)));
    }

    @GET
    @Path("unread")
    @Operation(summary = "Count my unread notifications", description = "`{\"unread\": n}`, the count in the header.")
    public Unread unread() {
        return new Unread(inbox.unread(viewer));
    }

    @POST
    @Path("{id: \\d+}/read")
    @Operation(summary = "Mark a notification read", description = "Answers the new unread count; 404 for another person's notification.")
    public Unread read(@PathParam("id") long id) {
        inbox.markRead(viewer, id);
        return new Unread(inbox.unread(viewer));
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all my notifications read", description = "Answers how many were marked.")
    public Marked readAll() {
        return new Marked(inbox.markAllRead(viewer));
    }

    /** Every kind with how it is mailed: {@code {"mention": "instant", "thanks": "daily", ...}}. */
    @GET
    @Path("preferences")
    @Operation(summary = "Read my mail preferences", description = "How each kind of notification is mailed: instant, daily, weekly or off.")
    public Map<String, String> preferences() {
        return codes(preferences.of(viewer));
    }

    /** Changes the kinds named, leaves the others. */
    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my mail preferences", description = "Changes the kinds named (e.g. `{\"thanks\": \"weekly\"}`) and leaves the others; what waits to be mailed follows the change. An unknown kind or value, or an empty body, is a 400 with the kind as field.")
    public Map<String, String> choose(Map<String, String> choices) {
        return codes(preferences.choose(viewer, parse(choices)));
    }

    static Map<NotificationKind, Delivery> parse(Map<String, String> choices) {
        if (choices == null || choices.isEmpty()) {
            throw new InvalidField("preferences", "Say how to mail which kind, e.g. {\"mention\": \"instant\"}.");
        }
        var parsed = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
        choices.forEach((kind, delivery) -> parsed.put(
                Coded.parse(NotificationKind.class, kind).orElseThrow(() -> new InvalidField(kind, "There is no kind of notification “" + kind + "”.")),
                Coded.parse(Delivery.class, delivery == null ? "" : delivery).orElseThrow(() -> new InvalidField(kind,
                        "Mail it instant, daily, weekly or off."))));
        return parsed;
    }

    private static Map<String, String> codes(Map<NotificationKind, Delivery> chosen) {
        var codes = new java.util.LinkedHashMap<String, String>();
        chosen.forEach((k, d) -> codes.put(k.code(), d.code()));
        return codes;
    }
}
