package org.guildhall.web.activity;

import java.util.List;

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
import org.guildhall.activity.Home;
import org.guildhall.activity.Stream;

/** The signed-in person's activity stream for integrations, a page at a time ({@code next} continues it). */
@RequestScoped
@Path("api/v1/me/stream")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity", description = "The caller's activity stream: what the networks, people, tags and wiki pages they follow did, newest first.")
public class StreamApi {

    @Inject
    Stream stream;

    @Inject
    HomeFilters filters;

    @Inject
    Viewer viewer;

    public record StreamJson(List<ActivityJson> items, String next) {
    }

    @GET
    @Operation(summary = "Read my activity stream", description = "What the networks, people, tags and wiki pages the caller follows did, members joining networks they own and endorsements they received, 20 entries a page, newest first, never their own doing; similar entries of one day are grouped (`count`). Only what the caller may read is shown. `next` is the `before` of the next page (null at the end); an unknown kind or cursor is a 400.")
    public StreamJson stream(
            @Parameter(description = "Only one kind: post-published, wiki-edited, members-joined, endorsed or question-asked", example = "post-published") @QueryParam("kind") String kind,
            @Parameter(description = "Only activity in this network (its slug); 404 for a network the caller may not see", example = "platform-engineering") @QueryParam("network") String network,
            @Parameter(description = "The `next` cursor of the previous page", example = "1767225600_0_4812") @QueryParam("before") String before) {
        var page = stream.of(viewer, filters.of(kind, network), Stream.Cursor.parse(before).orElse(null), Home.PAGE);
        return new StreamJson(page.entries().stream().map(ActivityJson::of).toList(),
                page.hasMore() ? page.next().code() : null);
    }
}
