package org.guildhall.web.moderation;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.Viewer;
import org.guildhall.moderation.AuditLog;
import org.guildhall.moderation.ReviewQueue;
import org.guildhall.moderation.SanctionKind;
import org.guildhall.moderation.Sanctions;
import org.guildhall.moderation.WriteLimits;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/** Moderation across every network for admins: the queue of everything, company-wide bans, write limits, the whole audit log. */
@RequestScoped
@Path("admin/moderation")
@Produces(MediaType.TEXT_HTML)
public class AdminModerationPages {

    @Inject
    ReviewQueue queue;

    @Inject
    Sanctions sanctions;

    @Inject
    AuditLog audit;

    @Inject
    WriteLimits limits;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    @GET
    public View everywhere(@BeanParam ModerationPages.QueueFilters f) {
        var paging = Paging.of(f.page, null, 20);
        var cases = queue.everywhere(viewer, ModerationParams.queue(f.state, f.origin, f.kind, f.assignee), paging.page(), paging.size());
        return ModerationPages.queueView(f).with("n", null).with("cases", cases).with("moderators", List.of());
    }

    @POST
    @Path("bans")
    public Response banEverywhere(@FormParam("username") String username, @FormParam("kind") String kind,
                                  @FormParam("until") String until, @FormParam("reason") String reason) {
        var s = sanctions.imposeCompanyWide(viewer, username, ModerationParams.sanctionKind(kind), ModerationParams.until(until, null, clock), reason);
        flash.success("flash.moderation." + s.kind().code(), s.person().displayName());
        return Response.seeOther(URI.create("/admin/moderation/settings")).build();
    }

    @GET
    @Path("settings")
    public View adminSettings() {
        return View.of("moderation/admin-settings").with("sanctions", sanctions.companyWide(viewer)).with("limits", limits.limits(viewer))
                .with("sanctionKinds", SanctionKind.values()).with("now", clock.instant());
    }

    @POST
    @Path("limits")
    public Response setLimits(@FormParam("perMinute") String perMinute, @FormParam("perHour") String perHour) {
        limits.change(viewer, ModerationParams.number("perMinute", perMinute), ModerationParams.number("perHour", perHour));
        flash.success("flash.moderation.limits");
        return Response.seeOther(URI.create("/admin/moderation/settings")).build();
    }

    @GET
    @Path("audit")
    public View auditAll(@QueryParam("action") String action, @QueryParam("actor") String actor, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 50);
        return ModerationPages.auditView(action, actor).with("n", null)
                .with("entries", audit.all(viewer, ModerationParams.audit(action, actor), paging.page(), paging.size()));
    }

    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    public Response auditAllCsv(@QueryParam("action") String action, @QueryParam("actor") String actor) {
        return ModerationApi.csv(AuditCsv.of(audit.export(viewer, null, ModerationParams.audit(action, actor))), "all");
    }
}
