package org.guildhall.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.community.Dashboard;
import org.guildhall.community.NetworkHealth;

/** Network health for integrations: one network's dashboard, and every network's (admins). */
@RequestScoped
@Path("api/v1/networks/{slug}/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network health", description = "Activity dashboards for one network (its owners and moderators) and every network's health snapshots (administrators).")
public class HealthApi {

    @Inject
    NetworkHealth health;

    @Inject
    Viewer viewer;

    public record PersonRef(String username, String displayName, String department, int contributions, int earlier) {
        static PersonRef of(Dashboard.Contributor c) {
            return new PersonRef(c.person().username(), c.person().displayName(), c.person().department(), c.contributions(), c.earlier());
        }
    }

    public record DashboardJson(String network, int days, java.time.Instant from, java.time.Instant to, Dashboard.Totals totals,
                                java.util.List<Dashboard.Slice> slices, java.util.List<PersonRef> top, java.util.List<PersonRef> rising,
                                java.util.List<Dashboard.TagTrend> tags, java.util.List<Dashboard.DuePage> pagesDueForReview,
                                long pagesDueCount, java.time.Instant figuresAt) {
    }

    @GET
    @Operation(summary = "Read a network's health dashboard", description = "Totals over the period (members, contributors, posts, comments, edits, joins, leaves), slices per week (per month over a year), top and rising contributors, tags and pages due for review. Owners, moderators and administrators (403 for members); 404 for a network the caller may not see; another period is a 400.")
    public DashboardJson dashboard(
            @PathParam("slug") String slug,
            @Parameter(description = "The period: 30, 90 (default) or 365 days", example = "90") @QueryParam("days") String days) {
        var d = health.of(viewer, slug, days(days));
        return new DashboardJson(d.visit().network().slug(), d.days(), d.from(), d.to(), d.totals(), d.slices(),
                d.top().stream().map(PersonRef::of).toList(), d.rising().stream().map(PersonRef::of).toList(), d.tags(), d.due(),
                d.dueCount(), d.figuresAt());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Export a network's health as CSV", description = "The dashboard's slices as CSV; the same access as the dashboard.")
    public Response csv(
            @PathParam("slug") String slug,
            @Parameter(description = "The period: 30, 90 (default) or 365 days", example = "90") @QueryParam("days") String days) {
        var d = health.of(viewer, slug, days(days));
        return csvFile(HealthCsv.of(d), "health-" + slug + "-" + d.days() + "d");
    }

    static int days(String days) {
        if (days == null || days.isBlank()) {
            return 90;
        }
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw new InvalidField("days", "Choose a period of 30, 90 or 365 days.");
        }
    }

    static Response csvFile(String body, String name) {
        return Response.ok(body, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }
}
