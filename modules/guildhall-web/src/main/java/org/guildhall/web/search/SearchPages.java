package org.guildhall.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.search.SearchUnavailable;
import org.guildhall.search.unified.SearchQuery;
import org.guildhall.search.unified.Typeahead;
import org.guildhall.search.unified.UnifiedSearch;
import org.guildhall.web.view.View;

/** The one search page (the header's box on every page leads here) and its typeahead. */
@RequestScoped
@Path("search")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

    static final int PAGE_SIZE = 10;
    /** The facets down the side, in order (the type switch sits above the results). */
    static final java.util.List<String> FACETS = java.util.List.of("network", "tag", "skill", "department", "author", "since");

    @Inject
    UnifiedSearch search;

    @Inject
    Typeahead typeahead;

    @Inject
    Viewer viewer;

    @GET
    public Response results(@Context UriInfo uri) {
        var view = View.of("search/results");
        SearchParams params;
        try {
            params = SearchParams.of(uri.getQueryParameters(), PAGE_SIZE);
        } catch (InvalidField e) {
            return Response.status(400).entity(view.with("q", uri.getQueryParameters().getFirst("q"))
                    .with("problem", e.getMessage())).build();
        }
        view.with("q", params.q()).with("s", params).with("facetNames", FACETS);
        try {
            return Response.ok(view.with("results", search.find(viewer, params.request(), search.weights(), !params.exact()))).build();
        } catch (InvalidField e) {
            return Response.status(400).entity(view.with("problem", e.getMessage())).build();
        } catch (SearchUnavailable e) {
            return Response.status(503).entity(view.with("unavailable", e.getMessage())).build();
        }
    }

    /** Grouped suggestions as list items, for the header's combobox (progressive enhancement). */
    @GET
    @Path("suggestions")
    public Response suggestions(@QueryParam("q") String q, @QueryParam("network") String network) {
        if (q != null && q.length() > SearchQuery.MAX_LENGTH) {
            return Response.ok(View.fragment("search/suggestions").with("groups", java.util.Map.of())).build();
        }
        try {
            return Response.ok(View.fragment("search/suggestions").with("groups", typeahead.suggest(viewer, q, network))).build();
        } catch (SearchUnavailable e) {
            return Response.ok(View.fragment("search/suggestions").with("groups", java.util.Map.of())).build();
        }
    }
}
