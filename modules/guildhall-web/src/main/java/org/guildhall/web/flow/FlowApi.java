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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Knowledge flow", description = "Who helps whom across departments and networks: connections, paths, the department map, network reach, brokers and trends.")
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
    @Operation(summary = "Read a person's connections", description = "The person's 40 strongest connections the caller may know of, how they interacted (comments, answers, thanks, endorsements, co-edits) and the networks they share, from the latest published computation; 404 for a person the caller may not see.")
    public FlowJson.ConnectionsJson connections(@PathParam("username") String username) {
        return FlowJson.of(connections.of(viewer, username));
    }

    @GET
    @Path("people/{username}/path")
    @Operation(summary = "Find how I am connected to someone", description = "The shortest chains (at most 4 links) from the caller to the person through interactions the caller may know of, with the reasons for each link; empty when there is none.")
    public FlowJson.PathJson path(@PathParam("username") String username) {
        return FlowJson.of(paths.between(viewer, username), viewer.username());
    }

    @GET
    @Path("flow")
    @Operation(summary = "Read the computation status", description = "When the published figures were computed and, while a computation runs, its stage and progress.")
    public FlowJson.Status status() {
        return FlowJson.Status.of(runs.status());
    }

    /** Starts a computation now (administrators); 202 with the status to follow. */
    @POST
    @Path("flow/runs")
    @Operation(summary = "Compute the knowledge flow now", description = "Starts a computation now instead of at its schedule. Administrators only (403 otherwise).")
    @APIResponse(responseCode = "202", description = "The computation status to follow")
    public Response compute() {
        schedule.requestNow(viewer);
        return Response.accepted(FlowJson.Status.of(runs.status())).build();
    }

    @GET
    @Path("flow/departments")
    @Operation(summary = "Read the department map", description = "Interactions between departments over a period of months: the cells of the map and each department's balance of interactions within and across. For employees (403 otherwise); a period over 36 months or ending before it starts is a 400.")
    public FlowJson.DepartmentsJson departments(
            @Parameter(description = "The first month, yyyy-MM (default: 11 months before `until`)", example = "2026-01") @QueryParam("since") String since,
            @Parameter(description = "The last month, yyyy-MM (default: this month)", example = "2026-12") @QueryParam("until") String until) {
        return FlowJson.of(map.of(viewer, Period.parse(since, until, clock)));
    }

    @GET
    @Path("flow/departments/exchange")
    @Operation(summary = "Read what two departments exchange", description = "The networks and the content that carry one department's interactions with another over the period; `from` and `to` are required (400 otherwise).")
    public FlowJson.ExchangeJson exchange(
            @Parameter(description = "The department whose interactions are counted", example = "Research") @QueryParam("from") String from,
            @Parameter(description = "The department they reached", example = "Engineering") @QueryParam("to") String to,
            @Parameter(description = "The first month, yyyy-MM (default: 11 months before `until`)", example = "2026-01") @QueryParam("since") String since,
            @Parameter(description = "The last month, yyyy-MM (default: this month)", example = "2026-12") @QueryParam("until") String until) {
        return FlowJson.of(map.exchange(viewer, department("from", from), department("to", to), Period.parse(since, until, clock)));
    }

    @GET
    @Path("flow/networks")
    @Operation(summary = "Rank networks by reach", description = "Networks the caller may read, ranked by interactions crossing their home department over 12 months, with members and interactions from outside.")
    public FlowJson.ReachPage networks(
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 25)", example = "25") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 25);
        var ranking = reach.ranked(viewer, paging.page(), paging.size());
        var p = ranking.networks();
        return new FlowJson.ReachPage(FlowJson.Status.of(ranking.status()), p.page(), p.size(), p.total(),
                p.items().stream().map(FlowJson.Reach::of).toList());
    }

    @GET
    @Path("flow/networks/{slug}")
    @Operation(summary = "Read one network's reach", description = "The same figures for one network, and month by month over two years; 404 for a network the caller may not read.")
    public FlowJson.TrendJson network(@PathParam("slug") String slug) {
        return FlowJson.of(reach.of(viewer, slug));
    }

    @GET
    @Path("flow/brokers")
    @Operation(summary = "List knowledge brokers", description = "People who connect departments (participation, departments, interactions, people reached), among those who opted in to talent discovery and did not ask to be left off. HR and administrators only (403 otherwise).")
    public FlowJson.BrokersJson brokers(
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 25)", example = "25") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 25);
        return FlowJson.of(brokers.brokers(viewer, paging.page(), paging.size()));
    }

    @GET
    @Path("flow/rising")
    @Operation(summary = "List rising contributors", description = "Contributors of the last 30 days against the 30 before. HR and administrators only (403 otherwise).")
    public Map<String, Object> rising() {
        return Map.of("items", brokers.rising(viewer).stream()
                .map(r -> new FlowJson.Rising(FlowJson.Person.of(r.person()), r.recent(), r.earlier())).toList());
    }

    @GET
    @Path("flow/topics")
    @Operation(summary = "List trending topics", description = "Tags of the last 30 days against the 30 before. HR and administrators only (403 otherwise).")
    public Map<String, Object> topics() {
        return Map.of("items", brokers.topics(viewer).stream().map(t -> new FlowJson.Topic(t.tag(), t.recent(), t.earlier())).toList());
    }

    /** Whether HR and admins may list me among brokers: {@code {"listed": false}} opts out. */
    @PUT
    @Path("me/broker-listing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose whether I am listed among brokers", description = "`{\"listed\": false}` keeps the caller off the brokers list, `true` lists them again; anything but a boolean is a 400.")
    public Map<String, Boolean> myBrokerListing(JsonObject body) {
        return brokerListing(viewer.username(), body);
    }

    /** The same for someone else: an administrator correcting a profile. */
    @PUT
    @Path("people/{username}/broker-listing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose whether someone is listed among brokers", description = "The same for another person: administrators correcting a profile (403 for others); anything but a boolean `listed` is a 400.")
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
