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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Moderation", description = "Reports, moderation queues and decisions, pre-moderation, bans and mutes, the audit log and write limits.")
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
    @Operation(summary = "Report content or a person", description = "Any employee reports a post, comment, wiki revision (by `id`) or person (by `username`) with a reason; `other` needs `details`. An unknown kind or reason is a 400, an item the caller may not read a 404, reporting twice or one's own item a 409.")
    @APIResponse(responseCode = "201", description = "The report and its outcome so far")
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
    @Operation(summary = "Read what moderation tells me", description = "Decisions about what the caller wrote, the bans and mutes in force on them (with reason and end) and their own reports with their outcome; 20 a page.")
    public MyModeration mine(
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 20);
        var mine = notices.of(viewer, paging.page(), paging.size());
        return new MyModeration(mine.decisions().items().stream().map(NoticeJson::of).toList(),
                mine.restrictions().stream().map(SanctionJson::of).toList(),
                mine.reports().items().stream().map(r -> ReportJson.of(r, false)).toList());
    }

    // ---- queues and decisions -----------------------------------------------------------------

    @GET
    @Path("moderation/cases")
    @Operation(summary = "List every moderation queue", description = "The cases of every network's queue, with the same filters as a network's queue. Administrators only (403 otherwise).")
    public ListPage<CaseJson> everywhere(
            @Parameter(description = "open (default, oldest first), decided or all", example = "open") @QueryParam("state") String state,
            @Parameter(description = "reported (by a reader) or held (by pre-moderation)", example = "reported") @QueryParam("origin") String origin,
            @Parameter(description = "post, comment, wiki-revision or person", example = "post") @QueryParam("kind") String kind,
            @Parameter(description = "A moderator's username, or - for unassigned cases", example = "-") @QueryParam("assignee") String assignee,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var filter = ModerationParams.queue(state, origin, kind, assignee);
        return ListPage.of(queue.everywhere(viewer, filter, paging.page(), paging.size()).map(CaseJson::of));
    }

    @GET
    @Path("moderation/cases/{id: \\d+}")
    @Operation(summary = "Read a case file", description = "The case with the item as it is now, its reports and reporters, earlier decisions about the author, their contributions, sanctions in force and the moderators; 404 for a case that is not the caller's to moderate.")
    public CaseFileJson file(@PathParam("id") long id) {
        return CaseFileJson.of(queue.file(viewer, id));
    }

    @POST
    @Path("moderation/cases/{id: \\d+}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a case", description = "Keep, hide, delete, edit (with `text`), warn or ban (with `banDays`, 1–3650) with a required `reason`; `version` is the case version read. An impossible decision (no reason, editing a person or a wiki revision, banning an owner or oneself) is a 400; a case decided already or a stale `version` is a 409.")
    public CaseJson decide(@PathParam("id") long id, Verdict in) {
        var verdict = in == null ? new Verdict(null, null, null, null, null) : in;
        return CaseJson.of(decisions.decide(viewer, id, new Decisions.Verdict(ModerationParams.decision(verdict.decision()),
                verdict.reason(), verdict.text(), verdict.banDays()), verdict.version()));
    }

    @POST
    @Path("moderation/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide many cases at once", description = "Applies keep, hide, delete or warn with one reason to the cases listed; cases decided meanwhile are skipped. Answers how many were decided and skipped.")
    public Decisions.Bulk decideAll(BulkVerdict in) {
        if (in == null) {
            throw new InvalidField("cases", "Choose the cases to decide.");
        }
        return decisions.decideAll(viewer, in.cases(), new Decisions.Verdict(ModerationParams.decision(in.decision()), in.reason(), null, null));
    }

    @PUT
    @Path("moderation/cases/{id: \\d+}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a case", description = "Assigns the case to one of the network's moderators by username, or to nobody with a blank one; a username that is not one of them is a 400.")
    public CaseJson assign(@PathParam("id") long id, Assignee in) {
        return CaseJson.of(queue.assign(viewer, id, in == null ? null : in.username()));
    }

    @POST
    @Path("moderation/cases/{id: \\d+}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Restore moderated content", description = "Puts the hidden or deleted content of a case back, with a reason; 409 when there is nothing to restore.")
    public CaseJson restore(@PathParam("id") long id, Reason in) {
        return CaseJson.of(decisions.restore(viewer, id, in == null ? null : in.reason()));
    }

    // ---- pre-moderation -------------------------------------------------------------------------

    // ---- bans and mutes -----------------------------------------------------------------------

    @DELETE
    @Path("moderation/bans/{id: \\d+}")
    @Operation(summary = "Lift a ban or mute", description = "Lifts a sanction early, with an optional reason: a network's owners and moderators for its sanctions, administrators for company-wide ones. A sanction no longer in force is a 409.")
    public SanctionJson lift(
            @PathParam("id") long id,
            @Parameter(description = "Why the sanction ends early", example = "Apologised and agreed to the guidelines") @QueryParam("reason") String reason) {
        return SanctionJson.of(sanctions.lift(viewer, id, reason));
    }

    // ---- audit ------------------------------------------------------------------------------

    static Response csv(String body, String name) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"moderation-audit-" + name + ".csv\"").build();
    }

    // ---- write limits -------------------------------------------------------------------------

}
