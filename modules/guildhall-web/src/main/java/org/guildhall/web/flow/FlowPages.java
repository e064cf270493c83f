package org.guildhall.web.flow;

import java.net.URI;
import java.time.Clock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.guildhall.access.Viewer;
import org.guildhall.flow.Brokers;
import org.guildhall.flow.Connections;
import org.guildhall.flow.DepartmentMap;
import org.guildhall.flow.FlowRuns;
import org.guildhall.flow.FlowSchedule;
import org.guildhall.flow.NetworkReach;
import org.guildhall.flow.Paths;
import org.guildhall.flow.Period;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/**
 * Knowledge flow for people: a person's connections and the chains to them, the map across
 * departments with its drill-down, networks' reach, and HR's brokers. Every chart has its table
 * on the same page and its CSV at {@code export.csv} beside it.
 */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FlowPages {

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
    Flash flash;

    @Inject
    Clock clock;

    @GET
    @Path("people/{username}/connections")
    public View connections(@PathParam("username") String username) {
        var graph = connections.of(viewer, username);
        return View.of("flow/connections").with("g", graph).with("mine", viewer.is(username));
    }

    @GET
    @Path("people/{username}/connections/export.csv")
    @Produces("text/csv")
    public Response connectionsCsv(@PathParam("username") String username) {
        return FlowCsv.connections(connections.of(viewer, username));
    }

    @GET
    @Path("people/{username}/path")
    public View path(@PathParam("username") String username) {
        return View.of("flow/path").with("r", paths.between(viewer, username)).with("maxLinks", Paths.MAX_LINKS);
    }

    @GET
    @Path("flow")
    public View overview() {
        return View.of("flow/overview").with("status", runs.status()).with("canCompute", viewer.isAdmin())
                .with("canSeeBrokers", viewer.isHr() || viewer.isAdmin());
    }

    /** The progress alone, fetched every few seconds while a computation runs. */
    @GET
    @Path("flow/progress")
    public View progress() {
        return View.fragment("flow/progress").with("status", runs.status());
    }

    @POST
    @Path("flow/runs")
    public Response compute() {
        schedule.requestNow(viewer);
        flash.success("flash.flow.computing");
        return Response.seeOther(URI.create("/flow")).build();
    }

    @GET
    @Path("flow/departments")
    public View departments(@QueryParam("since") String since, @QueryParam("until") String until, @QueryParam("page") String page) {
        var m = map.of(viewer, Period.parse(since, until, clock));
        var paging = Paging.of(page, null, 50);
        return View.of("flow/departments").with("m", m).with("pairs", m.pairs(paging.page(), paging.size()));
    }

    @GET
    @Path("flow/departments/export.csv")
    @Produces("text/csv")
    public Response departmentsCsv(@QueryParam("since") String since, @QueryParam("until") String until) {
        return FlowCsv.departments(map.of(viewer, Period.parse(since, until, clock)));
    }

    @GET
    @Path("flow/departments/exchange")
    public View exchange(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("since") String since, @QueryParam("until") String until) {
        return View.of("flow/exchange").with("e", map.exchange(viewer, FlowApi.department("from", from), FlowApi.department("to", to),
                Period.parse(since, until, clock)));
    }

    @GET
    @Path("flow/departments/exchange/export.csv")
    @Produces("text/csv")
    public Response exchangeCsv(@QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("since") String since, @QueryParam("until") String until) {
        return FlowCsv.exchange(map.exchange(viewer, FlowApi.department("from", from), FlowApi.department("to", to),
                Period.parse(since, until, clock)));
    }

    @GET
    @Path("flow/networks")
    public View networks(@QueryParam("page") String page) {
        var paging = Paging.of(page, null, 25);
        return View.of("flow/networks").with("r", reach.ranked(viewer, paging.page(), paging.size()));
    }

    @GET
    @Path("flow/networks/export.csv")
    @Produces("text/csv")
    public Response networksCsv() {
        return FlowCsv.networks(reach.ranked(viewer, 1, 5_000));
    }

    @GET
    @Path("flow/networks/{slug}")
    public View network(@PathParam("slug") String slug) {
        return View.of("flow/network").with("t", reach.of(viewer, slug));
    }

    @GET
    @Path("flow/networks/{slug}/export.csv")
    @Produces("text/csv")
    public Response networkCsv(@PathParam("slug") String slug) {
        return FlowCsv.trend(reach.of(viewer, slug));
    }

    @GET
    @Path("flow/brokers")
    public View brokers(@QueryParam("page") String page) {
        var paging = Paging.of(page, null, 25);
        return View.of("flow/brokers").with("o", brokers.overview(viewer, paging.page(), paging.size()));
    }

    @GET
    @Path("flow/brokers/export.csv")
    @Produces("text/csv")
    public Response brokersCsv() {
        return FlowCsv.brokers(brokers.brokers(viewer, 1, 1_000));
    }

    @POST
    @Path("me/broker-listing")
    public Response brokerListing(@FormParam("listed") String listed) {
        brokers.list(viewer, viewer.username(), "true".equals(listed));
        flash.success("true".equals(listed) ? "flash.flow.listed" : "flash.flow.unlisted");
        return Response.seeOther(UriBuilder.fromPath("/people/{u}/connections").build(viewer.username())).build();
    }
}
