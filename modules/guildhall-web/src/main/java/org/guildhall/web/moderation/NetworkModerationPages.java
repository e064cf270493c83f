package org.guildhall.web.moderation;

import java.time.Clock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.Viewer;
import org.guildhall.moderation.AuditLog;
import org.guildhall.moderation.PreModerationMode;
import org.guildhall.moderation.PreModerations;
import org.guildhall.moderation.ReviewQueue;
import org.guildhall.moderation.SanctionKind;
import org.guildhall.moderation.Sanctions;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/** A network's moderation for its owners and moderators: the review queue, pre-moderation and bans, the audit log. */
@RequestScoped
@Path("networks/{slug}/moderation")
@Produces(MediaType.TEXT_HTML)
public class NetworkModerationPages {

    @Inject
    ReviewQueue queue;

    @Inject
    Sanctions sanctions;

    @Inject
    PreModerations preModerations;

    @Inject
    AuditLog audit;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    @GET
    public View networkQueue(@PathParam("slug") String slug, @BeanParam ModerationPages.QueueFilters f) {
        var paging = Paging.of(f.page, null, 20);
        var q = queue.of(viewer, slug, ModerationParams.queue(f.state, f.origin, f.kind, f.assignee), paging.page(), paging.size());
        return ModerationPages.queueView(f).with("visit", q.visit()).with("n", q.visit().network()).with("cases", q.cases())
                .with("open", q.open()).with("moderators", q.moderators());
    }

    @GET
    @Path("settings")
    public View settings(@PathParam("slug") String slug) {
        var rules = preModerations.rules(viewer, slug);
        var bans = sanctions.of(viewer, slug);
        return View.of("moderation/settings").with("visit", rules.visit()).with("n", rules.visit().network())
                .with("rules", rules.rules()).with("modes", PreModerationMode.values()).with("sanctions", bans.sanctions())
                .with("sanctionKinds", SanctionKind.values()).with("now", clock.instant());
    }

    @POST
    @Path("pre-moderation")
    public Response setRule(@PathParam("slug") String slug, @FormParam("kind") String kind, @FormParam("mode") String mode,
                            @FormParam("firstItems") String firstItems) {
        var rule = preModerations.set(viewer, slug, ModerationParams.kind(kind), ModerationParams.mode(mode),
                ModerationParams.number("firstItems", firstItems));
        flash.success("flash.moderation.rule." + rule.kind().code());
        return ModerationPages.toSettings(slug);
    }

    @POST
    @Path("bans")
    public Response ban(@PathParam("slug") String slug, @FormParam("username") String username, @FormParam("kind") String kind,
                        @FormParam("until") String until, @FormParam("reason") String reason) {
        var s = sanctions.impose(viewer, slug, username, ModerationParams.sanctionKind(kind), ModerationParams.until(until, null, clock), reason);
        flash.success("flash.moderation." + s.kind().code(), s.person().displayName());
        return ModerationPages.toSettings(slug);
    }

    @GET
    @Path("audit")
    public View networkAudit(@PathParam("slug") String slug, @QueryParam("action") String action, @QueryParam("actor") String actor,
                             @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 50);
        var log = audit.of(viewer, slug, ModerationParams.audit(action, actor), paging.page(), paging.size());
        return ModerationPages.auditView(action, actor).with("visit", log.visit()).with("n", log.visit().network()).with("entries", log.entries());
    }

    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    public Response networkAuditCsv(@PathParam("slug") String slug, @QueryParam("action") String action, @QueryParam("actor") String actor) {
        return ModerationApi.csv(AuditCsv.of(audit.export(viewer, slug, ModerationParams.audit(action, actor))), slug);
    }
}
