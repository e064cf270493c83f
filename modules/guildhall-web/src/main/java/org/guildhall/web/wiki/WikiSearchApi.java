package org.guildhall.web.wiki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Wikis", description = "Each network's wiki: pages, revisions and diffs, merged edits, reverts, page settings, attachments and wiki search.")
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
    @Operation(summary = "Search every wiki", description = "Pages of every wiki the caller may read matching `q`, with their network and `snippet`; `page` × `size` is at most 10,000 (400 otherwise); 503 while search is down.")
    public ListPage<Hit> search(
            @Parameter(description = "Words to find", example = "credentials rotation") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20).within(Hits.MAX_WINDOW);
        return ListPage.of(search.find(viewer, null, SearchText.of(q), paging.page(), paging.size()).map(Hit::of));
    }
}
