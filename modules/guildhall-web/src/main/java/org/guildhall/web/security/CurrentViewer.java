package org.guildhall.web.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.servlet.http.HttpServletRequest;

import org.guildhall.access.Viewer;

/** The {@link Viewer} of the current request, from the authenticated principal and its realm roles. */
@ApplicationScoped
public class CurrentViewer {

    private static final List<String> ROLES = List.of(Viewer.EMPLOYEE, Viewer.HR, Viewer.ADMIN);

    /** Dependent, not request-scoped: a record cannot be proxied. Inject it into request-scoped beans only. */
    @Produces
    Viewer viewer(HttpServletRequest request) {
        var principal = request.getUserPrincipal();
        if (principal == null) {
            return new Viewer("anonymous", Set.of());
        }
        var roles = new HashSet<String>();
        ROLES.stream().filter(request::isUserInRole).forEach(roles::add);
        return new Viewer(principal.getName(), roles);
    }
}
