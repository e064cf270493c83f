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
    public ListPage<CaseJson> networkQueue(@PathParam("slug") String slug, @QueryParam("state") String state,
                                           @QueryParam("origin") String origin, @QueryParam("kind") String kind,
                                           @QueryParam("assignee") String assignee, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var filter = ModerationParams.queue(state, origin, kind, assignee);
        return ListPage.of(queue.of(viewer, slug, filter, paging.page(), paging.size()).cases().map(CaseJson::of));
    }

    @GET
    @Path("pre-moderation")
    public List<RuleJson> rules(@PathParam("slug") String slug) {
        return preModerations.rules(viewer, slug).rules().stream().map(RuleJson::of).toList();
    }

    @PUT
    @Path("pre-moderation/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuleJson setRule(@PathParam("slug") String slug, @PathParam("kind") String kind, ModerationApi.Rule in) {
        var rule = in == null ? new ModerationApi.Rule(null, null) : in;
        return RuleJson.of(preModerations.set(viewer, slug, ModerationParams.kind(kind), ModerationParams.mode(rule.mode()), rule.firstItems()));
    }

    @GET
    @Path("bans")
    public List<SanctionJson> bans(@PathParam("slug") String slug) {
        return sanctions.of(viewer, slug).sanctions().stream().map(SanctionJson::of).toList();
    }

    @POST
    @Path("bans")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ban(@PathParam("slug") String slug, ModerationApi.NewSanction in) {
        var s = in == null ? new ModerationApi.NewSanction(null, null, null, null, null) : in;
        var made = sanctions.impose(viewer, slug, s.username(), ModerationParams.sanctionKind(s.kind()),
                ModerationParams.until(s.until(), s.days(), clock), s.reason());
        return Response.status(201).entity(SanctionJson.of(made)).build();
    }

    @GET
    @Path("audit")
    public ListPage<AuditJson> audit(@PathParam("slug") String slug, @QueryParam("action") String action,
                                     @QueryParam("actor") String actor, @QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        return ListPage.of(audit.of(viewer, slug, ModerationParams.audit(action, actor), paging.page(), paging.size()).entries()
                .map(AuditJson::of));
    }

    @GET
    @Path("audit.csv")
    @Produces("text/csv")
    public Response auditCsv(@PathParam("slug") String slug, @QueryParam("action") String action, @QueryParam("actor") String actor) {
        return ModerationApi.csv(AuditCsv.of(audit.export(viewer, slug, ModerationParams.audit(action, actor))), slug);
    }
}
