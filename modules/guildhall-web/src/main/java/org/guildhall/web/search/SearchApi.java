package org.guildhall.web.search;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.guildhall.access.Viewer;
import org.guildhall.search.unified.Typeahead;
import org.guildhall.search.unified.UnifiedSearch;
import org.guildhall.web.view.SearchText;

/**
 * {@code GET /api/v1/search}: the one search, with the same parameters as the results page
 * ({@code q} with its query language, {@code type}, {@code tag}, {@code network}, {@code skill},
 * {@code department}, {@code author} (each repeatable), {@code since}, {@code sort}, {@code exact},
 * {@code page}, {@code size}); and its typeahead.
 */
@RequestScoped
@Path("api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchApi {

    @Inject
    UnifiedSearch search;

    @Inject
    Typeahead typeahead;

    @Inject
    Viewer viewer;

    @GET
    public SearchJson find(@Context UriInfo uri) {
        var params = SearchParams.of(uri.getQueryParameters(), 20);
        return SearchJson.of(search.find(viewer, params.request(), search.weights(), !params.exact()));
    }

    @GET
    @Path("suggestions")
    public Map<String, List<Typeahead.Suggestion>> suggestions(@QueryParam("q") String q, @QueryParam("network") String network) {
        return typeahead.suggest(viewer, SearchText.of(q), network);
    }
}
