package org.guildhall.web.follow;


import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.guildhall.follow.Follows;
import org.guildhall.people.Person;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;

/** Following for integrations: follow, unfollow, and who follows what. */
@RequestScoped
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Following", description = "Following networks, people, tags and wiki pages, and who follows whom.")
public class FollowApi {

    @Inject
    Follows follows;

    @Inject
    Viewer viewer;

    public record Target(String kind, String target) {
    }

    public record FollowedJson(String kind, String target, String name) {
        static FollowedJson of(Follows.Followed f) {
            return new FollowedJson(f.kind().code(), f.target(), f.name());
        }
    }

    public record FollowerJson(String username, String name, String department) {
        static FollowerJson of(Person p) {
            return new FollowerJson(p.username(), p.displayName(), p.department());
        }
    }

    /** Follows something; following it again changes nothing (200 either way). */
    @POST
    @Path("me/following")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow something", description = "Follows a network (its slug), a person (a username), a tag or a wiki page (`network/page`); following again changes nothing (200 either way). An unknown kind, oneself or an empty tag is a 400; what the caller may not see is a 404.")
    public FollowedJson follow(Target in) {
        if (in == null) {
            throw new InvalidField("kind", "Say what to follow: {\"kind\": \"tag\", \"target\": \"java\"}.");
        }
        return FollowedJson.of(follows.follow(viewer, FollowParams.kind(in.kind()), in.target()));
    }

    @DELETE
    @Path("me/following")
    @Operation(summary = "Stop following something", description = "Stops following; also answers 204 when the caller was not following it. An unknown kind is a 400.")
    @APIResponse(responseCode = "204", description = "Not followed any more")
    public Response unfollow(
            @Parameter(description = "network, person, tag or wiki-page", example = "tag") @QueryParam("kind") String kind,
            @Parameter(description = "A network's slug, a username, a tag, or network/page for a wiki page", example = "kubernetes") @QueryParam("target") String target) {
        follows.unfollow(viewer, FollowParams.kind(kind), target);
        return Response.noContent().build();
    }

    @GET
    @Path("people/{username}/following")
    @Operation(summary = "List what a person follows", description = "What a person follows, as far as the caller may see it (networks they may know of, pages they may read); 404 for a person the caller may not see.")
    public ListPage<FollowedJson> following(
            @PathParam("username") String username,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 50)", example = "50") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        return ListPage.of(follows.following(viewer, username, paging.page(), paging.size()).map(FollowedJson::of));
    }

    @GET
    @Path("people/{username}/followers")
    @Operation(summary = "List a person's followers", description = "Who follows a person, with their name and department; 404 for a person the caller may not see.")
    public ListPage<FollowerJson> followers(
            @PathParam("username") String username,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 50)", example = "50") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        return ListPage.of(follows.followers(viewer, username, paging.page(), paging.size()).map(FollowerJson::of));
    }
}
