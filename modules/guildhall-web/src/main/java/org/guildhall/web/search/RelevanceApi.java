package org.guildhall.web.search;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;
import org.guildhall.relevance.Relevance;
import org.guildhall.relevance.Tuning;
import org.guildhall.relevance.Weights;
import org.guildhall.search.unified.SearchRequest;
import org.guildhall.search.unified.UnifiedSearch;

/**
 * {@code /api/v1/admin/search/relevance}: the weights in force (GET), new ones (PUT, with the
 * version read, 409 if another admin saved meanwhile) and a preview of a sample query ranked by
 * both (POST {@code preview?q=}).
 */
@RequestScoped
@Path("api/v1/admin/search/relevance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Administration", description = "Operating Guildhall: search index rebuilds, the search outbox, search health and relevance weights; administrators only.")
public class RelevanceApi {

    @Inject
    Relevance relevance;

    @Inject
    UnifiedSearch search;

    @Inject
    Viewer viewer;

    public record WeightsJson(Tuning weights, long version, Instant updatedAt, String updatedBy) {
        static WeightsJson of(Weights w) {
            return new WeightsJson(w.tuning(), w.version(), w.updatedAt(), w.updatedBy());
        }
    }

    /** New weights and the version they were read at. */
    public record Change(Tuning weights, Long version) {
    }

    /** The sample's first results (titles and types) by the weights in force and by the proposed ones. */
    public record Preview(String q, List<String> current, List<String> proposed) {
    }

    @GET
    @Operation(summary = "Read the relevance weights", description = "The search weights in force (title, tags, body, recency and thanks boosts, stale factor), their `version` and who changed them last.")
    public WeightsJson get() {
        requireAdmin();
        return WeightsJson.of(relevance.weights());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the relevance weights", description = "New weights with the `version` read, used by every node within 5 seconds. A weight out of range is a 400 on its field; a `version` another administrator saved over is a 409.")
    public WeightsJson put(Change change) {
        requireAdmin();
        if (change == null || change.weights() == null || change.version() == null) {
            throw new org.guildhall.access.InvalidField("weights", "Send the weights and the version you read.");
        }
        return WeightsJson.of(relevance.tune(viewer, change.weights(), change.version()));
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview proposed weights", description = "Ranks the sample query `q` by the weights in force and by the proposed ones in the body, and answers the first ten results of each; nothing is saved.")
    public Preview preview(
            @Parameter(description = "The sample query", example = "kubernetes upgrade") @QueryParam("q") String q,
            @jakarta.validation.Valid Tuning proposed) {
        requireAdmin();
        if (proposed == null) {
            throw new org.guildhall.access.InvalidField("weights", "Send the proposed weights.");
        }
        return new Preview(q, titles(relevance.current(), q), titles(proposed, q));
    }

    private List<String> titles(Tuning tuning, String q) {
        return search.find(viewer, SearchRequest.of(q, 1, RelevancePages.PREVIEW_SIZE), tuning, false).page().items().stream()
                .map(r -> r.type().key() + ": " + r.title()).toList();
    }

    private void requireAdmin() {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only administrators tune search");
        }
    }
}
