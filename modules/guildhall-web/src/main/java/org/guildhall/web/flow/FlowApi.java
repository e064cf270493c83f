package org.guildhall.web.flow;

import java.time.Clock;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.flow.Brokers;
import org.guildhall.flow.Connections;
import org.guildhall.flow.DepartmentMap;
import org.guildhall.flow.FlowRuns;
import org.guildhall.flow.FlowSchedule;
import org.guildhall.flow.NetworkReach;
import org.guildhall.flow.Paths;
import org.guildhall.flow.Period;
import org.guildhall.web.view.Paging;

/** Knowledge flow for integrations: the same figures as the pages, as JSON (and CSV where a page offers it). */
@RequestScoped
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class FlowApi {

    @Inject
    Viewer viewer;

    @Inject
    Connections connections;

    @Inject
    Paths paths;

    @Inject
    DepartmentMap map;

    @Inject
    NetworkReach reach;

    @Inject
    Brokers brokers;

    @Inject
    FlowRuns runs;

    @Inject
    FlowSchedule schedule;

    @Inject
    Clock clock;

    @GET
    @Path("people/{username}/connections")
    public FlowJson.ConnectionsJson connections(@PathParam("username") String username) {
        return FlowJson.of(connections.of(viewer, username));
    }

    @GET
    @Path("people/{username}/path")
    public FlowJson.PathJson path(@PathParam("username") String username) {
        return FlowJson.of(paths.between(viewer, username), viewer.username());
    }

    @GET
    @Path("flow")
    public FlowJson.Status status() {
        return FlowJson.Status.of(runs.status());
    }

    /** Starts a computation now (administrators); 202 with the status to follow. */
    @POST
    @Path("flow/runs")
    public Response compute() {
        schedule.requestNow(viewer);
        return Response.accepted(FlowJson.Status.of(runs.status())).build();
    }

    @GET
    @Path("flow/departments")
    public FlowJson.DepartmentsJson departments(@QueryParam("since") String since, @QueryParam("until") String until) {
        return FlowJson.of(map.of(viewer, Period.parse(since, until, clock)));
    }

    @GET
    @Path("flow/departments/exchange")
    public FlowJson.ExchangeJson exchange(@QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("since") String since, @QueryParam("until") String until) {
        return FlowJson.of(map.exchange(viewer, department("from", from), department("to", to), Period.parse(since, until, clock)));
    }

    @GET
    @Path("flow/networks")
    public FlowJson.ReachPage networks(@QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 25);
        var ranking = reach.ranked(viewer, paging.page(), paging.size());
        var p = ranking.networks();
        return new FlowJson.ReachPage(FlowJson.Status.of(ranking.status()), p.page(), p.size(), p.total(),
                p.items().stream().map(FlowJson.Reach::of).toList());
    }

    @GET
    @Path("flow/networks/{slug}")
    public FlowJson.TrendJson network(@PathParam("slug") String slug) {
        return FlowJson.of(reach.of(viewer, slug));
    }

    @GET
    @Path("flow/brokers")
    public FlowJson.BrokersJson brokers(@QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 25);
        return FlowJson.of(brokers.brokers(viewer, paging.page(), paging.size()));
    }

    @GET
    @Path("flow/rising")
    public Map<String, Object> rising() {
        return Map.of("items", brokers.rising(viewer).stream()
                .map(r -> new FlowJson.Rising(FlowJson.Person.of(r.person()), r.recent(), r.earlier())).toList());
    }

    @GET
    @Path("flow/topics")
    public Map<String, Object> topics() {
        return Map.of("items", brokers.topics(viewer).stream().map(t -> new FlowJson.Topic(t.tag(), t.recent(), t.earlier())).toList());
    }

    /** Whether HR and admins may list me among brokers: {@code {"listed": false}} opts out. */
    @PUT
    @Path("me/broker-listing")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> myBrokerListing(JsonObject body) {
        return brokerListing(viewer.username(), body);
    }

    /** The same for someone else: an administrator correcting a profile. */
    @PUT
    @Path("people/{username}/broker-listing")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> brokerListing(@PathParam("username") String username, JsonObject body) {
        var listed = body == null ? null : body.get("listed");
        if (listed != JsonValue.TRUE && listed != JsonValue.FALSE) {
            throw new InvalidField("listed", "Say true to be listed among brokers, false not to be.");
        }
        return Map.of("listed", brokers.list(viewer, username, listed == JsonValue.TRUE));
    }

    static String department(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "Name a department.");
        }
        return value.strip();
    }
}
