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
    public FollowedJson follow(Target in) {
        if (in == null) {
            throw new InvalidField("kind", "Say what to follow: {\"kind\": \"tag\", \"target\": \"java\"}.");
        }
        return FollowedJson.of(follows.follow(viewer, FollowParams.kind(in.kind()), in.target()));
    }

    @DELETE
    @Path("me/following")
    public Response unfollow(@QueryParam("kind") String kind, @QueryParam("target") String target) {
        follows.unfollow(viewer, FollowParams.kind(kind), target);
        return Response.noContent().build();
    }

    @GET
    @Path("people/{username}/following")
    public ListPage<FollowedJson> following(@PathParam("username") String username, @QueryParam("page") String page,
                                            @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        return ListPage.of(follows.following(viewer, username, paging.page(), paging.size()).map(FollowedJson::of));
    }

    @GET
    @Path("people/{username}/followers")
    public ListPage<FollowerJson> followers(@PathParam("username") String username, @QueryParam("page") String page,
                                            @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 50);
        return ListPage.of(follows.followers(viewer, username, paging.page(), paging.size()).map(FollowerJson::of));
    }
}
