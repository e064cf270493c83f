package org.guildhall.web.moderation;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import org.guildhall.access.Viewer;
import org.guildhall.moderation.AuditLog;
import org.guildhall.moderation.PreModerations;
import org.guildhall.moderation.ReviewQueue;
import org.guildhall.moderation.Sanctions;
import org.guildhall.web.moderation.ModerationJson.AuditJson;
import org.guildhall.web.moderation.ModerationJson.CaseJson;
import org.guildhall.web.moderation.ModerationJson.RuleJson;
import org.guildhall.web.moderation.ModerationJson.SanctionJson;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;

/** A network's moderation for integrations: its queue, pre-moderation, bans and audit log. */
@RequestScoped
@Path("api/v1/networks/{slug}/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation", description = "Reports, moderation queues and decisions, pre-moderation, bans and mutes, the audit log and write limits.")
public class NetworkModerationApi {

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
    Clock clock;

    @GET
    @Path("cases")
    @Operation(summary = "List a network's moderation queue", description = "The network's cases, open ones oldest first. Owners, moderators and administrators (403 for others; 404 for a network the caller may not see). An unknown state, origin or kind is a 400.")
    public ListPage<CaseJson> networkQueue(
            @PathParam("slug") String slug,
            @Parameter(description = "open (default, oldest first), decided or all", example = "open") @QueryParam("state") String state,
            @Parameter(description = "reported (by a reader) or held (by pre-moderation)", example = "reported") @QueryParam("origin") String origin,
            @Parameter(description = "post, comment, wiki-revision or person", example = "post") @QueryParam("kind") String kind,
            @Parameter(description = "A moderator's username, or - for unassigned cases", example = "-") @QueryParam("assignee") String assignee,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var filter = ModerationParams.queue(state, origin, kind, assignee);
        return ListPage.of(queue.of(viewer, slug, filter, paging.page(), paging.size()).cases().map(CaseJson::of));
    }

    @GET
    @Path("pre-moderation")
    @Operation(summary = "Read pre-moderation rules", description = "Whether new posts and comments wait for a moderator: each kind's mode and, for new members, how many first items. Owners, moderators and administrators.")
    public List<RuleJson> rules(@PathParam("slug") String slug) {
        return preModerations.rules(viewer, slug).rules().stream().map(RuleJson::of).toList();
    }

    @PUT
    @Path("pre-moderation/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a pre-moderation rule", description = "Owners (and administrators) set whether posts or comments wait for a moderator: `none`, `new-members` (their first `firstItems`, 1–100) or `everything`; in force for the next item. An unknown kind or mode is a 400.")
    public RuleJson setRule(
            @PathParam("slug") String slug,
            @Parameter(description = "post or comment", example = "post") @PathParam("kind") String kind,
            ModerationApi.Rule in) {
        var rule = in == null ? new ModerationApi.Rule(null, null) : in;
        return RuleJson.of(preModerations.set(viewer, slug, ModerationParams.kind(kind), ModerationParams.mode(rule.mode()), rule.firstItems()));
    }

    @GET
    @Path("bans")
    @Operation(summary = "List a network's bans and mutes", description = "The latest 100 bans and mutes in the network. Owners, moderators and administrators.")
    public List<SanctionJson> bans(@PathParam("slug") String slug) {
        return sanctions.of(viewer, slug).sanctions().stream().map(SanctionJson::of).toList();
    }

    @POST
    @Path("bans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ban or mute someone in a network", description = "Owners, moderators and administrators ban or mute (`kind`, ban by default) a person until a date or instant, or for `days`, with a required reason. Banning an owner, oneself or an unknown person, an end in the past or no reason is a 400.")
    @APIResponse(responseCode = "201", description = "The sanction")
    public Response ban(@PathParam("slug") String slug, ModerationApi.NewSanction in) {
        var s = in == null ? new ModerationApi.NewSanction(null, null, null, null, null) : in;
        var made = sanctions.impose(viewer, slug, s.username(), ModerationParams.sanctionKind(s.kind()),
                ModerationParams.until(s.until(), s.days(), clock), s.reason());
        return Response.status(201).entity(SanctionJson.of(made)).build();
    }

    @GET
    @Path("audit")
    @Operation(summary = "Read a network's moderation audit log", description = "Every moderation action in the network, newest first, with before and after where something changed. Owners, moderators and administrators.")
    public ListPage<AuditJson> audit(
            @PathParam("slug") String slug,
            @Parameter(description = "Only one kind of action: keep, hide, delete, edit, warn, approve, reject, restore, assign, ban, mute, lift, pin, unpin, feature, unfeature, lock, unlock or settings", example = "hide") @QueryParam("action") String action,
            @Parameter(description = "Only actions by this username", example = "grace.hopper") @QueryParam("actor") String actor,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 50)", example = "50") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        return ListPage.of(audit.of(viewer, slug, ModerationParams.audit(action, actor), paging.page(), paging.size()).entries()
                .map(AuditJson::of));
    }

    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    @Operation(summary = "Export a network's moderation audit log as CSV", description = "The same log as CSV (the newest 50,000 rows), with the same filters.")
    public Response auditCsv(
            @PathParam("slug") String slug,
            @Parameter(description = "Only one kind of action: keep, hide, delete, edit, warn, approve, reject, restore, assign, ban, mute, lift, pin, unpin, feature, unfeature, lock, unlock or settings", example = "hide") @QueryParam("action") String action,
            @Parameter(description = "Only actions by this username", example = "grace.hopper") @QueryParam("actor") String actor) {
        return ModerationApi.csv(AuditCsv.of(audit.export(viewer, slug, ModerationParams.audit(action, actor))), slug);
    }
}
