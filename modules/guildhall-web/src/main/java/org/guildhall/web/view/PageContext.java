package org.guildhall.web.view;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.guildhall.web.security.Csrf;
import org.guildhall.web.security.SignedIn;

/** What the layout needs on every page: who is signed in, the CSRF token, the search box text. */
@RequestScoped
public class PageContext {

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    /** Which navigation entry the page belongs to, for {@code aria-current}. */
    private static String section(String path) {
        if (path.equals("/")) {
            return "home";
        }
        if (path.startsWith("/blog")) {
            return "blog";
        }
        if (path.startsWith("/networks")) {
            return "networks";
        }
        if (path.startsWith("/admin")) {
            return "admin";
        }
        return path.startsWith("/people") || path.startsWith("/me") ? "people" : "";
    }

    void addTo(Map<String, Object> model) {
        var me = (SignedIn) request.getAttribute(SignedIn.class.getName());
        model.putIfAbsent("me", me);
        if (me != null) {
            model.putIfAbsent("csrf", Csrf.token(request.getSession()));
        }
        model.putIfAbsent("csrfField", Csrf.FIELD);
        model.putIfAbsent("isAdmin", request.isUserInRole("admin"));
        model.putIfAbsent("section", section(request.getRequestURI()));
        var locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
        model.putIfAbsent("time", new HumanTime(clock, ZoneOffset.UTC, locale));
    }
}
