package org.guildhall.web.view;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.guildhall.access.Viewer;
import org.guildhall.network.NetworkDirectory;
import org.guildhall.web.security.Csrf;
import org.guildhall.web.security.SignedIn;

/** What the layout needs on every page: who is signed in, the CSRF token, the search box text. */
@RequestScoped
public class PageContext {

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    @Inject
    ReaderZone zone;

    @Inject
    NetworkDirectory networks;

    @Inject
    Viewer viewer;

    @Inject
    org.guildhall.web.follow.FollowState following;

    @Inject
    org.guildhall.notification.Inbox inbox;

    /** Which navigation entry the page belongs to, for {@code aria-current}. */
    private static String section(String path) {
        if (path.equals("/")) {
            return "home";
        }
        if (path.startsWith("/blog")) {
            return "blog";
        }
        if (path.startsWith("/questions")) {
            return "questions";
        }
        if (path.startsWith("/networks")) {
            return "networks";
        }
        if (path.startsWith("/admin")) {
            return "admin";
        }
        if (path.startsWith("/experts") || path.startsWith("/skills")) {
            return "experts";
        }
        if (path.startsWith("/flow") || path.endsWith("/connections") || path.endsWith("/path")) {
            return "flow";
        }
        if (path.startsWith("/talent")) {
            return "talent";
        }
        return path.startsWith("/people") || path.startsWith("/me") ? "people" : "";
    }

    void addTo(Map<String, Object> model, boolean fragment) {
        var me = (SignedIn) request.getAttribute(SignedIn.class.getName());
        model.putIfAbsent("me", me);
        if (me != null) {
            model.putIfAbsent("csrf", Csrf.token(request.getSession()));
        }
        model.putIfAbsent("csrfField", Csrf.FIELD);
        if (!fragment) {
            if (me != null) {
                model.computeIfAbsent("waiting", k -> networks.waiting(viewer));
                model.computeIfAbsent("unread", k -> inbox.unread(viewer));
            }
            var flashes = Flash.take(request);
            model.putIfAbsent("flashes", flashes);
            model.putIfAbsent("flashUrgent", flashes.stream().anyMatch(Flash.Message::isProblem));
            model.putIfAbsent("kept", Flash.takeKept(request));
        }
        model.putIfAbsent("following", following);
        model.putIfAbsent("links", new PageLinks(request.getRequestURI(), request.getQueryString()));
        model.putIfAbsent("isAdmin", request.isUserInRole("admin"));
        model.putIfAbsent("isHr", request.isUserInRole("hr"));
        model.putIfAbsent("section", section(request.getRequestURI()));
        model.putIfAbsent("time", zone.times(clock, zone.zone()));
    }
}
