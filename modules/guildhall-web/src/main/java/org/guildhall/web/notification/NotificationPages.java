package org.guildhall.web.notification;

import java.net.URI;
import java.util.HashMap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.Viewer;
import org.guildhall.notification.Delivery;
import org.guildhall.notification.Inbox;
import org.guildhall.notification.NotificationKind;
import org.guildhall.notification.Preferences;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.LocalPaths;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/** The notifications page, opening one (which marks it read), marking all read, and mail settings. */
@RequestScoped
@Path("notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationPages {

    @Inject
    Inbox inbox;

    @Inject
    Preferences preferences;

    @Inject
    Sentences sentences;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @GET
    public View list(@QueryParam("unread") boolean unread, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 20);
        var shown = inbox.list(viewer, unread, paging.page(), paging.size());
        var sentence = new HashMap<Long, String>();
        var links = new HashMap<Long, String>();
        shown.items().forEach(s -> {
            sentence.put(s.notification().id(), sentences.of(s));
            links.put(s.notification().id(), NotificationLinks.path(s));
        });
        return View.of("notification/list").with("notifications", shown).with("sentence", sentence).with("href", links)
                .with("unreadOnly", unread);
    }

    /** Opens a notification: marks it read and goes where it leads. */
    @POST
    @Path("{id: \\d+}/open")
    public Response open(@PathParam("id") long id, @jakarta.ws.rs.FormParam("to") String to) {
        inbox.markRead(viewer, id);
        return Response.seeOther(to == null ? URI.create("/notifications") : LocalPaths.of(to)).build();
    }

    @POST
    @Path("read")
    public Response readAll() {
        int marked = inbox.markAllRead(viewer);
        flash.success("flash.notifications.read", marked);
        return Response.seeOther(URI.create("/notifications")).build();
    }

    @GET
    @Path("settings")
    public View settings() {
        return View.of("notification/settings").with("chosen", preferences.of(viewer)).with("kinds", NotificationKind.values())
                .with("deliveries", Delivery.values());
    }

    @POST
    @Path("settings")
    public Response choose(@Context HttpServletRequest form) {
        // One radio group per kind: read as servlet parameters (the CSRF filter has read the body already).
        var choices = new HashMap<String, String>();
        for (var kind : NotificationKind.values()) {
            var value = form.getParameter(kind.code());
            if (value != null) {
                choices.put(kind.code(), value);
            }
        }
        preferences.choose(viewer, NotificationApi.parse(choices));
        flash.success("flash.notifications.settings");
        return Response.seeOther(URI.create("/notifications/settings")).build();
    }
}
