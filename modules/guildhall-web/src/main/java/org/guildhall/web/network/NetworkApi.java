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
    public ListPage<NetworkJson> directory(@QueryParam("q") String q, @QueryParam("topic") String topic,
                                           @QueryParam("department") String department,
                                           @QueryParam("minMembers") String minMembers,
                                           @QueryParam("activeWithinDays") String activeWithinDays,
                                           @QueryParam("sort") String sort, @QueryParam("mine") boolean mine,
                                           @QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var query = requests.query(topic, department, minMembers, activeWithinDays, sort, mine, paging);
        return ListPage.of(requests.cards(viewer, q, query, paging).map(c -> NetworkJson.of(c.network(), c.owners(), c.mine())));
    }

    /** Proposals waiting for an admin's decision, oldest first (admins only). */
    @GET
    @Path("proposals")
    public List<NetworkJson> proposals() {
        return lifecycle.proposals(viewer).stream()
                .map(n -> NetworkJson.of(n, List.of(n.proposedBy()), null)).toList();
    }

    @GET
    @Path("suggestions")
    public List<String> suggestions(@QueryParam("q") String q) {
        return search.suggest(viewer, SearchText.of(q));
    }

    /** Proposes a network; a name close to existing ones answers 409 unless {@code confirmSimilar=true}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(Charter charter, @QueryParam("confirmSimilar") boolean confirmSimilar) {
        var network = lifecycle.propose(viewer, requireBody(charter), confirmSimilar);
        return Response.created(uri.getAbsolutePathBuilder().path(network.slug()).build())
                .entity(NetworkJson.of(network, List.of(network.proposedBy()), null)).build();
    }

    @GET
    @Path("{slug}")
    public NetworkJson network(@PathParam("slug") String slug) {
        var home = directory.home(viewer, slug);
        var owners = home.leaders().stream().filter(m -> m.isOwner()).map(m -> m.person()).toList();
        return NetworkJson.of(home.visit().network(), owners, home.visit().mine().orElse(null))
                .withRemoval(home.myRemoval().map(RemovalJson::of).orElse(null));
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    public NetworkJson edit(@PathParam("slug") String slug, CharterEdit edit) {
        requireBody(edit);
        var network = lifecycle.edit(viewer, slug, requireBody(edit.charter()), edit.version());
        return network(network.slug());
    }

    @POST
    @Path("{slug}/approve")
    public NetworkJson approve(@PathParam("slug") String slug) {
        lifecycle.approve(viewer, slug);
        return network(slug);
    }

    @POST
    @Path("{slug}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public NetworkJson reject(@PathParam("slug") String slug, Reason reason) {
        lifecycle.reject(viewer, slug, requireBody(reason).reason());
        return network(slug);
    }

    @POST
    @Path("{slug}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    public NetworkJson archive(@PathParam("slug") String slug, Reason reason) {
        lifecycle.archive(viewer, slug, reason == null ? null : reason.reason());
        return network(slug);
    }

    @POST
    @Path("{slug}/join")
    public NetworkJson join(@PathParam("slug") String slug) {
        memberships.join(viewer, slug);
        return network(slug);
    }

    @POST
    @Path("{slug}/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public NetworkJson request(@PathParam("slug") String slug, Message message) {
        memberships.request(viewer, slug, message == null ? null : message.message());
        return network(slug);
    }

    @POST
    @Path("{slug}/requests/mine/withdraw")
    public NetworkJson withdraw(@PathParam("slug") String slug) {
        memberships.withdraw(viewer, slug);
        return network(slug);
    }

    @GET
    @Path("{slug}/requests")
    public List<MemberJson> requests(@PathParam("slug") String slug) {
        return directory.requests(viewer, slug).requests().stream().map(MemberJson::of).toList();
    }

    @POST
    @Path("{slug}/requests/{username}/approve")
    public List<MemberJson> approveRequest(@PathParam("slug") String slug, @PathParam("username") String username,
                                           Message message) {
        memberships.decide(viewer, slug, username, true, message == null ? null : message.message());
        return requests(slug);
    }

    @POST
    @Path("{slug}/requests/{username}/decline")
    public List<MemberJson> declineRequest(@PathParam("slug") String slug, @PathParam("username") String username,
                                           Message message) {
        memberships.decide(viewer, slug, username, false, message == null ? null : message.message());
        return requests(slug);
    }

    @GET
    @Path("{slug}/invitations")
    public List<MemberJson> invitations(@PathParam("slug") String slug) {
        return directory.requests(viewer, slug).invitations().stream().map(MemberJson::of).toList();
    }

    @POST
    @Path("{slug}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
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
    public NetworkJson accept(@PathParam("slug") String slug) {
        memberships.answerInvitation(viewer, slug, true);
        return network(slug);
    }

    @POST
    @Path("{slug}/invitations/mine/decline")
    public Response decline(@PathParam("slug") String slug) {
        memberships.answerInvitation(viewer, slug, false);
        return Response.noContent().build();
    }

    @POST
    @Path("{slug}/leave")
    public Response leave(@PathParam("slug") String slug) {
        memberships.leave(viewer, slug);
        return Response.noContent().build();
    }

    @GET
    @Path("{slug}/members")
    public ListPage<MemberJson> members(@PathParam("slug") String slug, @QueryParam("role") String role,
                                        @QueryParam("department") String department, @QueryParam("name") String name,
                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        var query = requests.memberQuery(role, department, name, Paging.of(page, size, 50));
        return ListPage.of(directory.members(viewer, slug, query).members().map(MemberJson::of));
    }

    @GET
    @Path("{slug}/members.csv")
    @Produces("text/csv")
    public Response export(@PathParam("slug") String slug) {
        return requests.csv(viewer, slug);
    }

    @PUT
    @Path("{slug}/members/{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberJson changeRole(@PathParam("slug") String slug, @PathParam("username") String username,
                                 RoleChange change) {
        requireBody(change);
        return MemberJson.of(memberships.changeRole(viewer, slug, username, requests.role(change.role()), change.version()));
    }

    @GET
    @Path("{slug}/log")
    public ListPage<LogJson> log(@PathParam("slug") String slug, @QueryParam("action") String action,
                                 @QueryParam("person") String person, @QueryParam("page") String page,
                                 @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        return ListPage.of(directory.log(viewer, slug, requests.action(action), person, paging.page(), paging.size())
                .events().map(LogJson::of));
    }

    /** Owners and moderators remove a member, with the reason the person is shown. */
    @POST
    @Path("{slug}/members/{username}/remove")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response remove(@PathParam("slug") String slug, @PathParam("username") String username, Reason reason) {
        memberships.remove(viewer, slug, username, requireBody(reason).reason() == null ? "" : reason.reason());
        return Response.noContent().build();
    }

    /** Networks I was removed from lately, with who removed me and why. */
    @GET
    @Path("removals")
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
