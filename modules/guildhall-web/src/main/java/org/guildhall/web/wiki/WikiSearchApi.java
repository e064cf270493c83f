package org.guildhall.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.guildhall.access.Viewer;
import org.guildhall.search.Hits;
import org.guildhall.search.wiki.WikiSearch;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.SearchText;

/** Search across every wiki the caller may read. */
@RequestScoped
@Path("api/v1/wiki")
@Produces(MediaType.APPLICATION_JSON)
public class WikiSearchApi {

    @Inject
    WikiSearch search;

    @Inject
    Viewer viewer;

    public record Hit(String network, String networkName, String slug, String title, String snippet, String url) {
        static Hit of(WikiSearch.WikiHit h) {
            var p = h.page();
            var n = p.network();
            return new Hit(n.slug(), n.name(), p.slug(), p.title(), h.snippet(), "/networks/" + n.slug() + "/wiki/" + p.slug());
        }
    }

    @GET
    @Path("search")
    public ListPage<Hit> search(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20).within(Hits.MAX_WINDOW);
        return ListPage.of(search.find(viewer, null, SearchText.of(q), paging.page(), paging.size()).map(Hit::of));
    }
}
