package org.guildhall.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.Viewer;
import org.guildhall.paging.Page;
import org.guildhall.search.Hits;
import org.guildhall.search.SearchUnavailable;
import org.guildhall.search.wiki.WikiSearch;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.SearchText;
import org.guildhall.web.view.View;

/** Search across every wiki the reader may read. */
@RequestScoped
@Path("wiki")
@Produces(MediaType.TEXT_HTML)
public class WikiSearchPages {

    @Inject
    WikiSearch search;

    @Inject
    Viewer viewer;

    @GET
    @Path("search")
    public Response search(@QueryParam("q") String q, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 10).within(Hits.MAX_WINDOW);
        var view = View.of("wiki/search-all").with("q", q == null ? "" : q);
        try {
            return Response.ok(view.with("results", search.find(viewer, null, SearchText.of(q), paging.page(), paging.size()))).build();
        } catch (SearchUnavailable e) {
            return Response.status(503).entity(view.with("results", Page.empty(paging.page(), paging.size()))
                    .with("unavailable", e.getMessage())).build();
        }
    }
}
