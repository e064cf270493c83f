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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Moderation", description = "Reports, moderation queues and decisions, pre-moderation, bans and mutes, the audit log and write limits.")
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
    @Operation(summary = "List company-wide bans and mutes", description = "The latest 100 company-wide bans and mutes. Administrators only (403 otherwise).")
    public List<SanctionJson> companyBans() {
        return sanctions.companyWide(viewer).stream().map(SanctionJson::of).toList();
    }

    @POST
    @Path("bans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ban or mute someone everywhere", description = "Administrators ban or mute a person in every network, until a date or instant or for `days`, with a required reason; oneself, an unknown person, an end in the past or no reason is a 400.")
    @APIResponse(responseCode = "201", description = "The sanction")
    public Response banEverywhere(ModerationApi.NewSanction in) {
        var s = in == null ? new ModerationApi.NewSanction(null, null, null, null, null) : in;
        var made = sanctions.imposeCompanyWide(viewer, s.username(), ModerationParams.sanctionKind(s.kind()),
                ModerationParams.until(s.until(), s.days(), clock), s.reason());
        return Response.status(201).entity(SanctionJson.of(made)).build();
    }

    @GET
    @Path("audit")
    @Operation(summary = "Read the whole moderation audit log", description = "Every network's moderation actions, newest first. Administrators only (403 otherwise).")
    public ListPage<AuditJson> auditAll(
            @Parameter(description = "Only one kind of action: keep, hide, delete, edit, warn, approve, reject, restore, assign, ban, mute, lift, pin, unpin, feature, unfeature, lock, unlock or settings", example = "hide") @QueryParam("action") String action,
            @Parameter(description = "Only actions by this username", example = "grace.hopper") @QueryParam("actor") String actor,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 50)", example = "50") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        return ListPage.of(audit.all(viewer, ModerationParams.audit(action, actor), paging.page(), paging.size()).map(AuditJson::of));
    }

    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    @Operation(summary = "Export the whole moderation audit log as CSV", description = "The same log as CSV (the newest 50,000 rows). Administrators only (403 otherwise).")
    public Response auditAllCsv(
            @Parameter(description = "Only one kind of action: keep, hide, delete, edit, warn, approve, reject, restore, assign, ban, mute, lift, pin, unpin, feature, unfeature, lock, unlock or settings", example = "hide") @QueryParam("action") String action,
            @Parameter(description = "Only actions by this username", example = "grace.hopper") @QueryParam("actor") String actor) {
        return ModerationApi.csv(AuditCsv.of(audit.export(viewer, null, ModerationParams.audit(action, actor))), "all");
    }

    @GET
    @Path("limits")
    @Operation(summary = "Read the write limits", description = "How many writes a person may make per minute and per hour, with the configured defaults. Administrators only (403 otherwise).")
    public WriteLimits.Limits limits() {
        return limits.limits(viewer);
    }

    @PUT
    @Path("limits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the write limits", description = "New limits, used by every node within 5 seconds; `perMinute` 1–10,000 and `perHour` from `perMinute` to 100,000 (400 otherwise). Administrators only.")
    public WriteLimits.Limits setLimits(ModerationApi.Limits in) {
        return limits.change(viewer, in == null ? null : in.perMinute(), in == null ? null : in.perHour());
    }

    @DELETE
    @Path("limits")
    @Operation(summary = "Reset the write limits", description = "Goes back to the configured defaults. Administrators only (403 otherwise).")
    public WriteLimits.Limits resetLimits() {
        return limits.reset(viewer);
    }
}
