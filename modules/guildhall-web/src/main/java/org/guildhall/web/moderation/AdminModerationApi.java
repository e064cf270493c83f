package org.guildhall.web.moderation;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.Viewer;
import org.guildhall.moderation.AuditLog;
import org.guildhall.moderation.Sanctions;
import org.guildhall.moderation.WriteLimits;
import org.guildhall.web.moderation.ModerationJson.AuditJson;
import org.guildhall.web.moderation.ModerationJson.SanctionJson;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;

/** Moderation across every network for admins' integrations: company-wide bans, the whole audit log, write limits. */
@RequestScoped
@Path("api/v1/admin/moderation")
@Produces(MediaType.APPLICATION_JSON)
public class AdminModerationApi {

    @Inject
    Sanctions sanctions;

    @Inject
    AuditLog audit;

    @Inject
    WriteLimits limits;

    @Inject
    Viewer viewer;

    @Inject
    Clock clock;

    @GET
    @Path("bans")
    public List<SanctionJson> companyBans() {
        return sanctions.companyWide(viewer).stream().map(SanctionJson::of).toList();
    }

    @POST
    @Path("bans")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response banEverywhere(ModerationApi.NewSanction in) {
        var s = in == null ? new ModerationApi.NewSanction(null, null, null, null, null) : in;
        var made = sanctions.imposeCompanyWide(viewer, s.username(), ModerationParams.sanctionKind(s.kind()),
                ModerationParams.until(s.until(), s.days(), clock), s.reason());
        return Response.status(201).entity(SanctionJson.of(made)).build();
    }

    @GET
    @Path("audit")
    public ListPage<AuditJson> auditAll(@QueryParam("action") String action, @QueryParam("actor") String actor,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        return ListPage.of(audit.all(viewer, ModerationParams.audit(action, actor), paging.page(), paging.size()).map(AuditJson::of));
    }

    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    public Response auditAllCsv(@QueryParam("action") String action, @QueryParam("actor") String actor) {
        return ModerationApi.csv(AuditCsv.of(audit.export(viewer, null, ModerationParams.audit(action, actor))), "all");
    }

    @GET
    @Path("limits")
    public WriteLimits.Limits limits() {
        return limits.limits(viewer);
    }

    @PUT
    @Path("limits")
    @Consumes(MediaType.APPLICATION_JSON)
    public WriteLimits.Limits setLimits(ModerationApi.Limits in) {
        return limits.change(viewer, in == null ? null : in.perMinute(), in == null ? null : in.perHour());
    }

    @DELETE
    @Path("limits")
    public WriteLimits.Limits resetLimits() {
        return limits.reset(viewer);
    }
}
