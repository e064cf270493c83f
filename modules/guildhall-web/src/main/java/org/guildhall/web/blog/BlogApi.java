package org.guildhall.web.blog;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.guildhall.access.Viewer;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.Discussion;
import org.guildhall.paging.Page;
import org.guildhall.search.Hits;
import org.guildhall.search.blog.PostSearch;
import org.guildhall.text.Markdown;
import org.guildhall.web.error.InvalidRequest;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.SearchText;
import org.guildhall.blog.Post;

/** Blogs for integrations: the same services as the pages, in JSON. */
@RequestScoped
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class BlogApi {

    @Inject
    Blogs blogs;

    @Inject
    Discussion discussion;

    @Inject
    org.guildhall.blog.PostCuration curation;

    @Inject
    PostSearch search;

    @Inject
    Viewer viewer;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    public record Text(String body) {
    }

    public record NewComment(String body, Long parentId) {
    }

    public record Html(String html) {
    }

    public record PostPage(PostJson post, List<PostJson.CommentJson> comments, List<PostJson.Author> thankedBy,
                           boolean thankedByMe) {
    }

    /** Latest posts, or one network's, one person's or one tag's; {@code q} searches instead. */
    @GET
    @Path("posts")
    public ListPage<PostJson> posts(@QueryParam("network") String network, @QueryParam("author") String author,
                                    @QueryParam("tag") String tag, @QueryParam("mine") boolean mine, @QueryParam("q") String q,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var now = clock.instant();
        if (q != null && !q.isBlank()) {
            return ListPage.of(search.find(viewer, SearchText.of(q), paging.within(Hits.MAX_WINDOW).page(), paging.size())
                    .map(h -> PostJson.of(h.post(), now, h.snippet())));
        }
        Page<Post> found;
        if (author != null) {
            found = blogs.personalBlog(viewer, author, paging.page(), paging.size()).posts();
        } else if (network != null && tag == null && !mine) {
            found = blogs.networkBlog(viewer, network, paging.page(), paging.size()).posts();
        } else {
            found = blogs.latestPage(viewer, new Blogs.LatestQuery(network, mine, tag), paging.page(), paging.size()).posts();
        }
        return ListPage.of(found.map(p -> PostJson.of(p, now)));
    }

    @POST
    @Path("posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(PostInput input) {
        var post = blogs.write(viewer, body(input).draft());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/posts/{id}").build(post.id()))
                .entity(PostJson.of(post, clock.instant())).build();
    }

    @GET
    @Path("posts/mine")
    public List<PostJson> unpublished() {
        var now = clock.instant();
        return blogs.myUnpublished(viewer).stream().map(p -> PostJson.of(p, now)).toList();
    }

    @POST
    @Path("posts/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Html preview(Text text) {
        return new Html(Markdown.html(body(text).body()));
    }

    @GET
    @Path("posts/{id: \\d+}")
    public PostPage read(@PathParam("id") long id) {
        var reading = blogs.read(viewer, id);
        return new PostPage(PostJson.of(reading.post(), clock.instant()),
                reading.comments().stream()
                        .map(c -> PostJson.CommentJson.of(c, reading.commentThankers().getOrDefault(c.id(), List.of()),
                                reading.canModerate() || viewer.is(c.author().username())))
                        .toList(),
                reading.thankers().stream().map(PostJson.Author::of).toList(), reading.thankedByMe());
    }

    @PUT
    @Path("posts/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostJson edit(@PathParam("id") long id, PostInput input) {
        return PostJson.of(blogs.edit(viewer, id, body(input).draft(), input.version()), clock.instant());
    }

    @DELETE
    @Path("posts/{id: \\d+}")
    public Response delete(@PathParam("id") long id) {
        blogs.delete(viewer, id);
        return Response.noContent().build();
    }

    /** Moderators pin a post to the top of its network's blog and home, feature it on the home, or lock its comments. */
    @PUT
    @Path("posts/{id: \\d+}/{what: pinned|featured|comments-locked}")
    public PostJson curate(@PathParam("id") long id, @PathParam("what") String what) {
        return PostJson.of(curated(id, what, true), clock.instant());
    }

    @DELETE
    @Path("posts/{id: \\d+}/{what: pinned|featured|comments-locked}")
    public PostJson uncurate(@PathParam("id") long id, @PathParam("what") String what) {
        return PostJson.of(curated(id, what, false), clock.instant());
    }

    private Post curated(long id, String what, boolean on) {
        return switch (what) {
            case "pinned" -> curation.pin(viewer, id, on);
            case "featured" -> curation.feature(viewer, id, on);
            default -> curation.lockComments(viewer, id, on);
        };
    }

    @POST
    @Path("posts/{id: \\d+}/restore")
    public PostJson restore(@PathParam("id") long id) {
        return PostJson.of(blogs.restore(viewer, id), clock.instant());
    }

    @POST
    @Path("posts/{id: \\d+}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") long id, NewComment comment) {
        var created = discussion.comment(viewer, id, body(comment).parentId(), comment.body());
        return Response.status(201).entity(PostJson.CommentJson.of(created)).build();
    }

    @PUT
    @Path("comments/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PostJson.CommentJson editComment(@PathParam("id") long id, Text text) {
        return PostJson.CommentJson.of(discussion.editComment(viewer, id, body(text).body()));
    }

    @DELETE
    @Path("comments/{id: \\d+}")
    public Response deleteComment(@PathParam("id") long id) {
        discussion.deleteComment(viewer, id);
        return Response.noContent().build();
    }

    @POST
    @Path("posts/{id: \\d+}/thanks")
    public PostJson thank(@PathParam("id") long id) {
        return PostJson.of(discussion.thank(viewer, id), clock.instant());
    }

    @POST
    @Path("comments/{id: \\d+}/thanks")
    public PostJson.CommentJson thankComment(@PathParam("id") long id) {
        return PostJson.CommentJson.of(discussion.thankComment(viewer, id));
    }

    @GET
    @Path("tags")
    public List<String> tags(@QueryParam("prefix") String prefix) {
        return blogs.tagSuggestions(viewer, prefix);
    }

    private static <T> T body(T body) {
        if (body == null) {
            throw new InvalidRequest("A JSON request body is required");
        }
        return body;
    }
}
