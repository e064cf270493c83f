package org.guildhall.web.moderation;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.guildhall.moderation.AuditLog;
import org.guildhall.moderation.ContentKind;
import org.guildhall.moderation.Decisions;
import org.guildhall.moderation.Notices;
import org.guildhall.moderation.Reports;
import org.guildhall.moderation.ReviewQueue;
import org.guildhall.moderation.Sanctions;
import org.guildhall.moderation.WriteLimits;
import org.guildhall.web.moderation.ModerationJson.CaseFileJson;
import org.guildhall.web.moderation.ModerationJson.CaseJson;
import org.guildhall.web.moderation.ModerationJson.NoticeJson;
import org.guildhall.web.moderation.ModerationJson.ReportJson;
import org.guildhall.web.moderation.ModerationJson.SanctionJson;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;

/** Moderation for integrations: reports, queues, decisions, pre-moderation, bans, the audit log, write limits. */
@RequestScoped
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationApi {

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
    WriteLimits limits;

    @Inject
    Viewer viewer;

    public record NewReport(String kind, Long id, String username, String reason, String details) {
    }

    public record Verdict(String decision, String reason, String text, Integer banDays, Long version) {
    }

    public record BulkVerdict(List<Long> cases, String decision, String reason) {
    }

    public record Assignee(String username) {
    }

    public record Reason(String reason) {
    }

    public record NewSanction(String username, String kind, String until, Integer days, String reason) {
    }

    public record Rule(String mode, Integer firstItems) {
    }

    public record Limits(Integer perMinute, Integer perHour) {
    }

    public record MyModeration(List<NoticeJson> decisions, List<SanctionJson> restrictions, List<ReportJson> reports) {
    }

    // ---- reporting ---------------------------------------------------------------------------

    @POST
    @Path("reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(NewReport in) {
        if (in == null) {
            throw new InvalidField("kind", "Say what you report.");
        }
        var kind = ModerationParams.kind(in.kind());
        var reason = ModerationParams.reason(in.reason());
        org.guildhall.moderation.Report report;
        if (kind == ContentKind.PERSON && in.username() != null) {
            report = reports.reportPerson(viewer, in.username(), reason, in.details());
        } else {
            if (in.id() == null) {
                throw new InvalidField("id", "Say which " + kind.code().replace('-', ' ') + " you report.");
            }
            report = reports.report(viewer, kind, in.id(), reason, in.details());
        }
        return Response.status(201).entity(ReportJson.of(report, false)).build();
    }

    @GET
    @Path("me/moderation")
    public MyModeration mine(@QueryParam("page") String page) {
        var paging = Paging.of(page, null, 20);
        var mine = notices.of(viewer, paging.page(), paging.size());
        return new MyModeration(mine.decisions().items().stream().map(NoticeJson::of).toList(),
                mine.restrictions().stream().map(SanctionJson::of).toList(),
                mine.reports().items().stream().map(r -> ReportJson.of(r, false)).toList());
    }

    // ---- queues and decisions -----------------------------------------------------------------

    @GET
    @Path("moderation/cases")
    public ListPage<CaseJson> everywhere(@QueryParam("state") String state, @QueryParam("origin") String origin,
                                         @QueryParam("kind") String kind, @QueryParam("assignee") String assignee,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var filter = ModerationParams.queue(state, origin, kind, assignee);
        return ListPage.of(queue.everywhere(viewer, filter, paging.page(), paging.size()).map(CaseJson::of));
    }

    @GET
    @Path("moderation/cases/{id: \\d+}")
    public CaseFileJson file(@PathParam("id") long id) {
        return CaseFileJson.of(queue.file(viewer, id));
    }

    @POST
    @Path("moderation/cases/{id: \\d+}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson decide(@PathParam("id") long id, Verdict in) {
        var verdict = in == null ? new Verdict(null, null, null, null, null) : in;
        return CaseJson.of(decisions.decide(viewer, id, new Decisions.Verdict(ModerationParams.decision(verdict.decision()),
                verdict.reason(), verdict.text(), verdict.banDays()), verdict.version()));
    }

    @POST
    @Path("moderation/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Decisions.Bulk decideAll(BulkVerdict in) {
        if (in == null) {
            throw new InvalidField("cases", "Choose the cases to decide.");
        }
        return decisions.decideAll(viewer, in.cases(), new Decisions.Verdict(ModerationParams.decision(in.decision()), in.reason(), null, null));
    }

    @PUT
    @Path("moderation/cases/{id: \\d+}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson assign(@PathParam("id") long id, Assignee in) {
        return CaseJson.of(queue.assign(viewer, id, in == null ? null : in.username()));
    }

    @POST
    @Path("moderation/cases/{id: \\d+}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson restore(@PathParam("id") long id, Reason in) {
        return CaseJson.of(decisions.restore(viewer, id, in == null ? null : in.reason()));
    }

    // ---- pre-moderation -------------------------------------------------------------------------

    // ---- bans and mutes -----------------------------------------------------------------------

    @DELETE
    @Path("moderation/bans/{id: \\d+}")
    public SanctionJson lift(@PathParam("id") long id, @QueryParam("reason") String reason) {
        return SanctionJson.of(sanctions.lift(viewer, id, reason));
    }

    // ---- audit ------------------------------------------------------------------------------

    static Response csv(String body, String name) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"moderation-audit-" + name + ".csv\"").build();
    }

    // ---- write limits -------------------------------------------------------------------------

}
