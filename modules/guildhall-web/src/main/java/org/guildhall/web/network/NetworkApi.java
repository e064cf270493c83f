package org.guildhall.web.network;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.Viewer;
import org.guildhall.network.Charter;
import org.guildhall.network.Memberships;
import org.guildhall.network.NetworkDirectory;
import org.guildhall.network.NetworkLifecycle;
import org.guildhall.paging.Page;
import org.guildhall.search.network.NetworkSearch;
import org.guildhall.web.error.InvalidRequest;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.SearchText;

/** Networks for integrations: the same services as the pages, in JSON. */
@RequestScoped
@Path("api/v1/networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Networks", description = "Communities of practice: the directory, proposals and their approval, charters, joining, requests, invitations, members and roles.")
public class NetworkApi {

    @Inject
    NetworkDirectory directory;

    @Inject
    NetworkLifecycle lifecycle;

    @Inject
    Memberships memberships;

    @Inject
    NetworkSearch search;

    @Inject
    NetworkRequests requests;

    @Inject
    Viewer viewer;

    @Context
    UriInfo uri;

    public record ListPage<T>(List<T> items, long total, int page, int size, int pages) {
        public static <T> ListPage<T> of(Page<T> page) {
            return new ListPage<>(page.items(), page.total(), page.page(), page.size(), page.pages());
        }
    }

    public record Reason(String reason) {
    }

    public record Message(String message) {
    }

    public record Invitation(String username, String message) {
    }

    public record RoleChange(String role, Long version) {
    }

    public record CharterEdit(Charter charter, Long version) {
    }

    @GET
    @Operation(summary = "List the networks the caller may see", description = "The network directory, the same service as the Networks page: every network the caller may know of, filtered and sorted. With `q` it is a full-text search ranked by relevance instead, narrowed only by `topic` and `department`. A filter out of range or an unknown `sort` is a 400 problem naming the field.")
    public ListPage<NetworkJson> directory(
            @Parameter(description = "Full-text search; ranks by relevance and ignores the filters other than topic and department", example = "kubernetes") @QueryParam("q") String q,
            @Parameter(description = "Only networks with this topic", example = "observability") @QueryParam("topic") String topic,
            @Parameter(description = "Only networks sponsored by this department", example = "Engineering") @QueryParam("department") String department,
            @Parameter(description = "At least this many members, 0–1,000,000", example = "10") @QueryParam("minMembers") String minMembers,
            @Parameter(description = "Active within this many days, 1–3650", example = "30") @QueryParam("activeWithinDays") String activeWithinDays,
            @Parameter(description = "activity (default), size, newest or name", example = "activity") @QueryParam("sort") String sort,
            @Parameter(description = "true: only networks the caller belongs to", example = "false") @QueryParam("mine") boolean mine,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var query = requests.query(topic, department, minMembers, activeWithinDays, sort, mine, paging);
        return ListPage.of(requests.cards(viewer, q, query, paging).map(c -> NetworkJson.of(c.network(), c.owners(), c.mine())));
    }

    /** Proposals waiting for an admin's decision, oldest first (admins only). */
    @GET
    @Path("proposals")
    @Operation(summary = "List proposals awaiting a decision", description = "Networks proposed and waiting for an administrator's approval, oldest first, each with its proposer as owner. Administrators only (403 for anyone else).")
    public List<NetworkJson> proposals() {
        return lifecycle.proposals(viewer).stream()
                .map(n -> NetworkJson.of(n, List.of(n.proposedBy()), null)).toList();
    }

    @GET
    @Path("suggestions")
    @Operation(summary = "Suggest network names", description = "Up to 8 names of networks the caller may see that start with `q`, for a typeahead; `q` over 500 characters is a 400.")
    public List<String> suggestions(
            @Parameter(description = "The beginning of a network's name", example = "plat") @QueryParam("q") String q) {
        return search.suggest(viewer, SearchText.of(q));
    }

    /** Proposes a network; a name close to existing ones answers 409 unless {@code confirmSimilar=true}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a network", description = "Any employee proposes a network and becomes its first owner; where approval is required (the default) it stays `proposed` until an administrator approves it. Invalid fields, an existing name or a department unknown to the people directory are a 400 problem with `errors[]`; a name close to networks the caller can see is a 409 naming them unless `confirmSimilar=true`.")
    @APIResponse(responseCode = "201", description = "The proposed network; Location points at it")
    public Response propose(
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "A listed, open network", value = "{\"name\": \"Platform Engineering\", \"description\": \"Builders and users of our internal developer platform.\", \"purpose\": \"Share how we build, run and improve the platform: golden paths, incident reviews, the roadmap.\", \"topics\": [\"kubernetes\", \"ci-cd\", \"observability\"], \"whoShouldJoin\": \"Anyone who deploys services, or builds tooling for those who do.\", \"departments\": [\"Engineering\"], \"visibility\": \"listed\", \"contentAccess\": \"public\", \"joinPolicy\": \"open\", \"posting\": \"members\"}"))) Charter charter,
            @Parameter(description = "true: propose it although its name is close to networks a 409 named", example = "false") @QueryParam("confirmSimilar") boolean confirmSimilar) {
        var network = lifecycle.propose(viewer, requireBody(charter), confirmSimilar);
        return Response.created(uri.getAbsolutePathBuilder().path(network.slug()).build())
                .entity(NetworkJson.of(network, List.of(network.proposedBy()), null)).build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Read a network", description = "The network, its owners and the caller's standing (`mine`), or why the caller was removed (`removal`). A network the caller may not see answers 404; the old slug of a renamed network answers 301 to the new one.")
    public NetworkJson network(@PathParam("slug") String slug) {
        var home = directory.home(viewer, slug);
        var owners = home.leaders().stream().filter(m -> m.isOwner()).map(m -> m.person()).toList();
        return NetworkJson.of(home.visit().network(), owners, home.visit().mine().orElse(null))
                .withRemoval(home.myRemoval().map(RemovalJson::of).orElse(null));
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a network's charter", description = "Owners and administrators replace the charter; a rename gives a new slug and the old one keeps working. Invalid fields are a 400 problem with `errors[]`; a `version` that is no longer current is a 409.")
    public NetworkJson edit(@PathParam("slug") String slug, CharterEdit edit) {
        requireBody(edit);
        var network = lifecycle.edit(viewer, slug, requireBody(edit.charter()), edit.version());
        return network(network.slug());
    }

    @POST
    @Path("{slug}/approve")
    @Operation(summary = "Approve a proposed network", description = "Administrators only (403 for anyone else): the proposal goes live. Answers the network.")
    public NetworkJson approve(@PathParam("slug") String slug) {
        lifecycle.approve(viewer, slug);
        return network(slug);
    }

    @POST
    @Path("{slug}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a proposed network", description = "Administrators only (403 for anyone else). `reason` is required (at most 1,000 characters, 400 otherwise) and the proposer sees it as `statusReason`. Answers the network.")
    public NetworkJson reject(@PathParam("slug") String slug, Reason reason) {
        lifecycle.reject(viewer, slug, requireBody(reason).reason());
        return network(slug);
    }

    @POST
    @Path("{slug}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Archive a network", description = "Administrators only (403 for anyone else), with an optional `reason` (at most 1,000 characters). An archived network is read-only: its blog, wiki and membership no longer change. Answers the network.")
    public NetworkJson archive(@PathParam("slug") String slug, Reason reason) {
        lifecycle.archive(viewer, slug, reason == null ? null : reason.reason());
        return network(slug);
    }

    @POST
    @Path("{slug}/join")
    @Operation(summary = "Join an open network", description = "Joins at once a network whose join policy is `open`; request and invitation networks are a 403. Already being a member, or a network that is not active, is a 409. Answers the network with the caller's new standing.")
    public NetworkJson join(@PathParam("slug") String slug) {
        memberships.join(viewer, slug);
        return network(slug);
    }

    @POST
    @Path("{slug}/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to join a network", description = "For networks whose join policy is `request`: leaves a request, with an optional `message` (at most 1,000 characters), for the owners and moderators to decide. An open or invitation-only network, or an existing membership or request, is a 409.")
    public NetworkJson request(@PathParam("slug") String slug, Message message) {
        memberships.request(viewer, slug, message == null ? null : message.message());
        return network(slug);
    }

    @POST
    @Path("{slug}/requests/mine/withdraw")
    @Operation(summary = "Withdraw my request to join", description = "Withdraws the caller's pending request; 409 when there is none. Answers the network.")
    public NetworkJson withdraw(@PathParam("slug") String slug) {
        memberships.withdraw(viewer, slug);
        return network(slug);
    }

    @GET
    @Path("{slug}/requests")
    @Operation(summary = "List pending join requests", description = "The requests waiting for a decision. Owners, moderators and administrators; 403 for others.")
    public List<MemberJson> requests(@PathParam("slug") String slug) {
        return directory.requests(viewer, slug).requests().stream().map(MemberJson::of).toList();
    }

    @POST
    @Path("{slug}/requests/{username}/approve")
    @Operation(summary = "Approve a join request", description = "Owners, moderators and administrators make the requester a member, with an optional `message` (at most 1,000 characters). A request withdrawn or decided meanwhile is a 409. Answers the requests still pending.")
    public List<MemberJson> approveRequest(@PathParam("slug") String slug, @PathParam("username") String username,
                                           Message message) {
        memberships.decide(viewer, slug, username, true, message == null ? null : message.message());
        return requests(slug);
    }

    @POST
    @Path("{slug}/requests/{username}/decline")
    @Operation(summary = "Decline a join request", description = "Owners, moderators and administrators decline, with an optional `message` (at most 1,000 characters). A request withdrawn or decided meanwhile is a 409. Answers the requests still pending.")
    public List<MemberJson> declineRequest(@PathParam("slug") String slug, @PathParam("username") String username,
                                           Message message) {
        memberships.decide(viewer, slug, username, false, message == null ? null : message.message());
        return requests(slug);
    }

    @GET
    @Path("{slug}/invitations")
    @Operation(summary = "List open invitations", description = "Invitations sent and not answered yet. Owners, moderators and administrators; 403 for others.")
    public List<MemberJson> invitations(@PathParam("slug") String slug) {
        return directory.requests(viewer, slug).invitations().stream().map(MemberJson::of).toList();
    }

    @POST
    @Path("{slug}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite someone to a network", description = "Owners and moderators invite; in open networks active members may too (403 otherwise). `username` is required and `message` optional; someone who left the company is a 400, someone already a member, invited or asking is a 409.")
    @APIResponse(responseCode = "201", description = "The invitation: the invitee's pending membership")
    public Response invite(@PathParam("slug") String slug, Invitation invitation) {
        requireBody(invitation);
        if (invitation.username() == null || invitation.username().isBlank()) {
            throw new InvalidRequest("'username' is required: whom to invite");
        }
        var membership = memberships.invite(viewer, slug, invitation.username().strip(), invitation.message());
        return Response.status(201).entity(MemberJson.of(membership)).build();
    }

    @POST
    @Path("{slug}/invitations/mine/accept")
    @Operation(summary = "Accept my invitation", description = "The invitee becomes a member; 409 without a pending invitation. Answers the network.")
    public NetworkJson accept(@PathParam("slug") String slug) {
        memberships.answerInvitation(viewer, slug, true);
        return network(slug);
    }

    @POST
    @Path("{slug}/invitations/mine/decline")
    @Operation(summary = "Decline my invitation", description = "Drops the caller's invitation; 409 without a pending invitation.")
    @APIResponse(responseCode = "204", description = "The invitation was declined")
    public Response decline(@PathParam("slug") String slug) {
        memberships.answerInvitation(viewer, slug, false);
        return Response.noContent().build();
    }

    @POST
    @Path("{slug}/leave")
    @Operation(summary = "Leave a network", description = "Members leave; the last owner cannot (409: make someone else an owner first).")
    @APIResponse(responseCode = "204", description = "The caller left the network")
    public Response leave(@PathParam("slug") String slug) {
        memberships.leave(viewer, slug);
        return Response.noContent().build();
    }

    @GET
    @Path("{slug}/members")
    @Operation(summary = "List a network's members", description = "The membership directory, the same service as the Members page, for those who may read the network's content (404 for a network the caller may not see, 403 for one whose content they may not read).")
    public ListPage<MemberJson> members(
            @PathParam("slug") String slug,
            @Parameter(description = "Only this role: owner, moderator or member", example = "moderator") @QueryParam("role") String role,
            @Parameter(description = "Only members of this department", example = "Engineering") @QueryParam("department") String department,
            @Parameter(description = "Part of a member's name", example = "ada") @QueryParam("name") String name,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 50)", example = "50") @QueryParam("size") String size) {
        var query = requests.memberQuery(role, department, name, Paging.of(page, size, 50));
        return ListPage.of(directory.members(viewer, slug, query).members().map(MemberJson::of));
    }

    @GET
    @Path("{slug}/members.csv")
    @Produces("text/csv")
    @Operation(summary = "Export the members as CSV", description = "The whole membership as CSV (username, name, email, department, title, role, joined). Owners and administrators; 403 for others.")
    public Response export(@PathParam("slug") String slug) {
        return requests.csv(viewer, slug);
    }

    @PUT
    @Path("{slug}/members/{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a member's role", description = "Owners and administrators grant or revoke `owner`, `moderator` or `member`; an unknown role is a 400. `version` is the membership version read: a stale one is a 409, as is demoting the last owner.")
    public MemberJson changeRole(@PathParam("slug") String slug, @PathParam("username") String username,
                                 RoleChange change) {
        requireBody(change);
        return MemberJson.of(memberships.changeRole(viewer, slug, username, requests.role(change.role()), change.version()));
    }

    @GET
    @Path("{slug}/log")
    @Operation(summary = "Read the membership log", description = "Who joined, left, was removed or changed role, newest first; `asAdmin` marks administrators acting as owners. Owners and administrators; 403 for others.")
    public ListPage<LogJson> log(
            @PathParam("slug") String slug,
            @Parameter(description = "One kind of change, such as joined, left, removed or role-changed", example = "joined") @QueryParam("action") String action,
            @Parameter(description = "Part of the name or username of whom it concerned or who did it", example = "ada") @QueryParam("person") String person,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 50)", example = "50") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        return ListPage.of(directory.log(viewer, slug, requests.action(action), person, paging.page(), paging.size())
                .events().map(LogJson::of));
    }

    /** Owners and moderators remove a member, with the reason the person is shown. */
    @POST
    @Path("{slug}/members/{username}/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove a member", description = "Owners and administrators remove anyone, moderators plain members only (403 otherwise). `reason` is required (at most 1,000 characters), logged and shown to the person. Removing the last owner, or oneself (leave instead), is a 409.")
    @APIResponse(responseCode = "204", description = "The member was removed")
    public Response remove(@PathParam("slug") String slug, @PathParam("username") String username, Reason reason) {
        memberships.remove(viewer, slug, username, requireBody(reason).reason() == null ? "" : reason.reason());
        return Response.noContent().build();
    }

    /** Networks I was removed from lately, with who removed me and why. */
    @GET
    @Path("removals")
    @Operation(summary = "List networks I was removed from", description = "Networks the caller was removed from in the last 90 days, with who removed them and why.")
    public List<RemovalJson> removals() {
        return directory.myRemovals(viewer).stream().map(RemovalJson::of).toList();
    }

    private static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidRequest("A JSON request body is required");
        }
        return body;
    }
}
