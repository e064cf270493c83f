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

import org.guildhall.access.Viewer;
import org.guildhall.community.CompanyHealth;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;

/** Every network's health, from the hourly snapshots; admins only. */
@RequestScoped
@Path("api/v1/admin/health")
@Produces(MediaType.APPLICATION_JSON)
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
    public Overview overview(@QueryParam("trend") String trend, @QueryParam("page") String page, @QueryParam("size") String size) {
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
    public Response csv(@QueryParam("trend") String trend) {
        return HealthApi.csvFile(HealthCsv.of(company.overview(viewer, trend, 1, 10_000)), "health-all-networks");
    }

    @POST
    @Path("recompute")
    public java.util.Map<String, Integer> recompute() {
        return java.util.Map.of("networks", company.recompute(viewer));
    }
}
