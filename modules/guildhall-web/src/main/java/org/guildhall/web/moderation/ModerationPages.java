package org.guildhall.web.moderation;

import java.net.URI;
import java.util.List;

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
import org.guildhall.moderation.AuditAction;
import org.guildhall.moderation.AuditLog;
import org.guildhall.moderation.ContentKind;
import org.guildhall.moderation.Decision;
import org.guildhall.moderation.Decisions;
import org.guildhall.moderation.ModerationCase;
import org.guildhall.moderation.Notices;
import org.guildhall.moderation.ReportReason;
import org.guildhall.moderation.Reports;
import org.guildhall.moderation.ReviewQueue;
import org.guildhall.moderation.Sanctions;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/**
 * Moderation for people: reporting, one's own notices, a network's review queue and settings
 * (pre-moderation, bans), a case with its context and decision, the audit log; and the same
 * company-wide for admins.
 */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ModerationPages {

    @Inject
    Reports reports;

    @Inject
    ReviewQueue queue;

    @Inject
    Decisions decisions;

    @Inject
    Sanctions sanctions;

    @Inject
    AuditLog audit;

    @Inject
    Notices notices;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    /** Queue filters, bound from the query string. */
    public static class QueueFilters {
        @QueryParam("state") public String state;
        @QueryParam("origin") public String origin;
        @QueryParam("kind") public String kind;
        @QueryParam("assignee") public String assignee;
        @QueryParam("page") public String page;
    }

    // ---- reporting ---------------------------------------------------------------------------

    @GET
    @Path("reports/new")
    public View reportForm(@QueryParam("kind") String kind, @QueryParam("id") Long id, @QueryParam("username") String username,
                           @QueryParam("back") String back) {
        var k = ModerationParams.kind(kind);
        return View.of("moderation/report").with("kind", k.code()).with("id", id).with("username", username)
                .with("back", localPath(back)).with("reasons", ReportReason.values());
    }

    @POST
    @Path("reports")
    public Response report(@FormParam("kind") String kind, @FormParam("id") Long id, @FormParam("username") String username,
                           @FormParam("reason") String reason, @FormParam("details") String details, @FormParam("back") String back) {
        var k = ModerationParams.kind(kind);
        var r = ModerationParams.reason(reason);
        if (k == ContentKind.PERSON && username != null && !username.isBlank()) {
            reports.reportPerson(viewer, username, r, details);
        } else {
            reports.report(viewer, k, id == null ? -1 : id, r, details);
        }
        flash.success("flash.moderation.reported");
        return Response.seeOther(URI.create(localPath(back) == null ? "/me/moderation" : localPath(back))).build();
    }

    @GET
    @Path("me/moderation")
    public View mine(@QueryParam("page") String page) {
        var paging = Paging.of(page, null, 20);
        var mine = notices.of(viewer, paging.page(), paging.size());
        return View.of("moderation/notices").with("decisions", mine.decisions()).with("restrictions", mine.restrictions())
                .with("reports", mine.reports());
    }

    // ---- queues ------------------------------------------------------------------------------

    static View queueView(QueueFilters f) {
        return View.of("moderation/queue").with("f", f).with("states", List.of("open", "decided", "all")).with("origins", List.of("reported", "held")).with("state", f.state == null || f.state.isBlank() ? "open" : f.state)
                .with("kinds", ContentKind.values()).with("decisions", List.of(Decision.KEEP, Decision.HIDE, Decision.DELETE, Decision.WARN));
    }

    @GET
    @Path("moderation/cases/{id: \\d+}")
    public View moderationCase(@PathParam("id") long id) {
        var file = queue.file(viewer, id);
        return View.of("moderation/case").with("file", file).with("c", file.moderationCase()).with("n", file.moderationCase().network())
                .with("decisions", Decision.values());
    }

    @POST
    @Path("moderation/cases/{id: \\d+}/decision")
    public Response decide(@PathParam("id") long id, @FormParam("decision") String decision, @FormParam("reason") String reason,
                           @FormParam("text") String text, @FormParam("banDays") String banDays, @FormParam("version") Long version) {
        var decided = decisions.decide(viewer, id, new Decisions.Verdict(ModerationParams.decision(decision), reason, text,
                ModerationParams.number("banDays", banDays)), version);
        flash.success("flash.moderation.decided." + decided.decision().code(), decided.title());
        return backToQueue(decided);
    }

    @POST
    @Path("moderation/cases/{id: \\d+}/assignee")
    public Response assign(@PathParam("id") long id, @FormParam("username") String username) {
        var c = queue.assign(viewer, id, username);
        flash.success(c.assignee() == null ? "flash.moderation.unassigned" : "flash.moderation.assigned",
                c.assignee() == null ? "" : c.assignee().displayName());
        return Response.seeOther(UriBuilder.fromPath("/moderation/cases/{id}").build(id)).build();
    }

    @POST
    @Path("moderation/cases/{id: \\d+}/restore")
    public Response restore(@PathParam("id") long id, @FormParam("reason") String reason) {
        var c = decisions.restore(viewer, id, reason);
        flash.success("flash.moderation.restored", c.title());
        return Response.seeOther(UriBuilder.fromPath("/moderation/cases/{id}").build(id)).build();
    }

    @POST
    @Path("moderation/decisions")
    public Response decideAll(@FormParam("cases") List<String> cases, @FormParam("decision") String decision,
                              @FormParam("reason") String reason, @FormParam("network") String network) {
        var bulk = decisions.decideAll(viewer, ModerationParams.ids(cases), new Decisions.Verdict(ModerationParams.decision(decision),
                reason, null, null));
        flash.success("flash.moderation.bulk", bulk.decided(), bulk.skipped());
        return Response.seeOther(network == null || network.isBlank() ? URI.create("/admin/moderation")
                : UriBuilder.fromPath("/networks/{slug}/moderation").build(network)).build();
    }

    private static Response backToQueue(ModerationCase c) {
        return Response.seeOther(c.network() == null ? URI.create("/admin/moderation")
                : UriBuilder.fromPath("/networks/{slug}/moderation").build(c.network().slug())).build();
    }

    // ---- settings: pre-moderation and bans ---------------------------------------------------

    @POST
    @Path("moderation/bans/{id: \\d+}/lift")
    public Response lift(@PathParam("id") long id, @FormParam("reason") String reason) {
        var s = sanctions.lift(viewer, id, reason);
        flash.success("flash.moderation.lifted", s.person().displayName());
        return s.network() == null ? Response.seeOther(URI.create("/admin/moderation/settings")).build() : toSettings(s.network().slug());
    }

    static Response toSettings(String slug) {
        return Response.seeOther(UriBuilder.fromPath("/networks/{slug}/moderation/settings").build(slug)).build();
    }

    // ---- audit -------------------------------------------------------------------------------

    static View auditView(String action, String actor) {
        return View.of("moderation/audit").with("actions", AuditAction.values()).with("action", action == null ? "" : action)
                .with("actor", actor == null ? "" : actor);
    }

    /** Only a path on this site is followed back after a form (no open redirect). */
    static String localPath(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : null;
    }
}
