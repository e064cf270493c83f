package org.guildhall.web.activity;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.guildhall.access.Viewer;
import org.guildhall.activity.Home;
import org.guildhall.activity.Stream;

/** The signed-in person's activity stream for integrations, a page at a time ({@code next} continues it). */
@RequestScoped
@Path("api/v1/me/stream")
@Produces(MediaType.APPLICATION_JSON)
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
    public StreamJson stream(@QueryParam("kind") String kind, @QueryParam("network") String network,
                             @QueryParam("before") String before) {
        var page = stream.of(viewer, filters.of(kind, network), Stream.Cursor.parse(before).orElse(null), Home.PAGE);
        return new StreamJson(page.entries().stream().map(ActivityJson::of).toList(),
                page.hasMore() ? page.next().code() : null);
    }
}
