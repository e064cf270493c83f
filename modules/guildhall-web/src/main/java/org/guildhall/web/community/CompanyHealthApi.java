package org.guildhall.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.Viewer;
import org.guildhall.community.CompanyHealth;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;

/** Every network's health, from the hourly snapshots; admins only. */
@RequestScoped
@Path("api/v1/admin/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network health", description = "Activity dashboards for one network (its owners and moderators) and every network's health snapshots (administrators).")
public class CompanyHealthApi {
    @Inject
    CompanyHealth company;

    @Inject
    Viewer viewer;

    public record Row(String network, String name, String trend, int members, int joins, int leaves, int contributors,
                      int contributions, int earlierContributions, int departments, java.time.Instant computedAt) {
    }

    public record Overview(ListPage<Row> networks, java.util.Map<String, Long> trends, java.time.Instant computedAt) {
    }

    @GET
    @Operation(summary = "Read every network's health", description = "Every active network's 30-day figures and trend, most contributions first, the count per trend and when the hourly snapshots were computed. Administrators only (403 otherwise); an unknown trend is a 400.")
    public Overview overview(
            @Parameter(description = "Only networks with this trend: growing, healthy or dying", example = "dying") @QueryParam("trend") String trend,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 50)", example = "50") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        var o = company.overview(viewer, trend, paging.page(), paging.size());
        var trends = new java.util.LinkedHashMap<String, Long>();
        o.trends().forEach((k, v) -> trends.put(k.code(), v));
        return new Overview(ListPage.of(o.networks().map(h -> new Row(h.network().slug(), h.network().name(), h.trend().code(),
                h.members(), h.joins(), h.leaves(), h.contributors(), h.contributions(), h.earlierContributions(), h.departments(),
                h.computedAt()))), trends, o.computedAt().orElse(null));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Export every network's health as CSV", description = "The same figures as CSV. Administrators only (403 otherwise).")
    public Response csv(
            @Parameter(description = "Only networks with this trend: growing, healthy or dying", example = "dying") @QueryParam("trend") String trend) {
        return HealthApi.csvFile(HealthCsv.of(company.overview(viewer, trend, 1, 10_000)), "health-all-networks");
    }

    @POST
    @Path("recompute")
    @Operation(summary = "Recompute the health snapshots", description = "Recomputes the snapshots and the dashboards' aggregates now instead of at the next hour; answers how many networks were computed. Administrators only.")
    public java.util.Map<String, Integer> recompute() {
        return java.util.Map.of("networks", company.recompute(viewer));
    }
}
