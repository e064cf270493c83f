package org.guildhall.web.follow;

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

import org.guildhall.access.Viewer;
import org.guildhall.follow.Follows;
import org.guildhall.people.Profiles;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.LocalPaths;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/** The Follow/Unfollow button's form, and a person's following and followers lists. */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FollowPages {

    @Inject
    Follows follows;

    @Inject
    Profiles profiles;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @POST
    @Path("following")
    public Response follow(@FormParam("kind") String kind, @FormParam("target") String target, @FormParam("follow") String follow,
                           @FormParam("back") String back) {
        var followKind = FollowParams.kind(kind);
        if ("false".equals(follow)) {
            follows.unfollow(viewer, followKind, target);
            flash.success("flash.unfollowed", target);
        } else {
            var followed = follows.follow(viewer, followKind, target);
            flash.success("flash.followed", followed.name());
        }
        return Response.seeOther(LocalPaths.of(back)).build();
    }

    @GET
    @Path("people/{username}/following")
    public View following(@PathParam("username") String username, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 50);
        var person = profiles.find(username);
        return View.of("follow/following").with("person", person)
                .with("followed", follows.following(viewer, username, paging.page(), paging.size()));
    }

    @GET
    @Path("people/{username}/followers")
    public View followers(@PathParam("username") String username, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 50);
        var person = profiles.find(username);
        return View.of("follow/followers").with("person", person)
                .with("followers", follows.followers(viewer, username, paging.page(), paging.size()));
    }
}
