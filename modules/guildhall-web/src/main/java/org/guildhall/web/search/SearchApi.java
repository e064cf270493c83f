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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Search", description = "One search over people, networks, posts, comments, wiki pages and questions, under the caller's visibility, and its typeahead.")
public class SearchApi {

    @Inject
    UnifiedSearch search;

    @Inject
    Typeahead typeahead;

    @Inject
    Viewer viewer;

    @GET
    @Operation(summary = "Search everything", description = "One search over people, networks, posts, comments, wiki pages and questions, under the caller's visibility, with the same parameters as the results page. Facet values of one parameter widen, different parameters narrow; results carry highlighted snippets, facets with counts, and `correctedTo`/`didYouMean` when the typed words found nothing. A `q` that cannot be understood, or an unknown `type`, `since` or `sort`, is a 400 on that field; 503 while search is down or being rebuilt.")
    @Parameters({
            @Parameter(name = "q", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "The search text, with its query language: \"phrases\", -word, tag:, network:, author:, skill:, type:", example = "kubernetes upgrade tag:runbook"),
            @Parameter(name = "type", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "Only these types (repeatable): person, network, post, comment, wiki or question", example = "wiki"),
            @Parameter(name = "tag", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "Only content with this tag (repeatable)", example = "kubernetes"),
            @Parameter(name = "network", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "Only this network (its slug; repeatable)", example = "platform-engineering"),
            @Parameter(name = "skill", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "Only people and content about this skill (repeatable)", example = "postgresql"),
            @Parameter(name = "department", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "Only this department (repeatable)", example = "Engineering"),
            @Parameter(name = "author", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "Only by this author (a username; repeatable)", example = "ada.lovelace"),
            @Parameter(name = "since", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "week, month, year or older", example = "month"),
            @Parameter(name = "sort", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), description = "relevance (default) or date", example = "date"),
            @Parameter(name = "exact", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN), description = "true: search the words as typed, without correction", example = "false"),
            @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER), description = "Page number, from 1 (at most 500)", example = "1"),
            @Parameter(name = "size", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER), description = "Results per page, 1–100 (default 20); page × size is at most 10,000", example = "20")
    })
    public SearchJson find(@Context UriInfo uri) {
        var params = SearchParams.of(uri.getQueryParameters(), 20);
        return SearchJson.of(search.find(viewer, params.request(), search.weights(), !params.exact()));
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Suggest as I type", description = "Typeahead for 2 to 100 typed characters (no groups otherwise): people, networks, skills, tags and pages (wiki pages and posts), each with a label, detail and link; empty groups are left out. `q` over 500 characters is a 400; 503 while search is down.")
    public Map<String, List<Typeahead.Suggestion>> suggestions(
            @Parameter(description = "What was typed so far", example = "kube") @QueryParam("q") String q,
            @Parameter(description = "Only people, networks, tags and pages from this network (its slug); skills are not narrowed", example = "platform-engineering") @QueryParam("network") String network) {
        return typeahead.suggest(viewer, SearchText.of(q), network);
    }
}
