package org.guildhall.web.view;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.guildhall.paging.Page;

/**
 * A list page asked for beyond its last page (an old bookmark, a list that shrank) shows the last
 * page instead of an empty "page 454 of 453": a redirect to the same address at the last page.
 */
@Provider
public class PastTheEnd implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || !(response.getEntity() instanceof View view) || response.getStatus() != 200) {
            return;
        }
        view.model().values().stream()
                .filter(Page.class::isInstance).map(Page.class::cast)
                .filter(page -> page.total() > 0 && page.page() > page.pages())
                .findFirst()
                .ifPresent(page -> {
                    var asked = request.getUriInfo().getRequestUri();
                    response.setStatus(Response.Status.SEE_OTHER.getStatusCode());
                    response.getHeaders().putSingle("Location", PageLinks.at(asked.getRawPath(), asked.getRawQuery(), page.pages()));
                    response.setEntity(null);
                });
    }
}
