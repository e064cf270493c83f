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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Blogs", description = "Posts in networks and personal blogs, their comments and thanks, and moderators' pinning, featuring and comment locks.")
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
    @Operation(summary = "List or search posts", description = "The latest posts the caller may read, the same service as the blog pages: one network's, one author's or one tag's, or only from the caller's networks; each carries a plain-text `excerpt`. With `q` it searches posts and comments instead (with `snippet`), and `page` × `size` is at most 10,000.")
    public ListPage<PostJson> posts(
            @Parameter(description = "Only this network's posts (its slug)", example = "platform-engineering") @QueryParam("network") String network,
            @Parameter(description = "Only this person's posts (a username)", example = "ada.lovelace") @QueryParam("author") String author,
            @Parameter(description = "Only posts with this tag", example = "kubernetes") @QueryParam("tag") String tag,
            @Parameter(description = "true: only posts from networks the caller belongs to", example = "false") @QueryParam("mine") boolean mine,
            @Parameter(description = "Search posts and comments instead; the other filters are then ignored", example = "testcontainers") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
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
    @Operation(summary = "Write a post", description = "Writes a post in a network (by its posting policy, while the network is active) or, without `network`, on the caller's personal blog; `publishing` is draft (default), now or schedule with `publishAt`. Invalid fields are a 400 problem with `errors[]`; a network the caller may not post in is a 403; a ban or mute is a 403, writing too fast a 429. Where pre-moderation applies the post waits for a moderator.")
    @APIResponse(responseCode = "201", description = "The created post; Location points at it")
    public Response write(
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "A post published now in a network", value = "{\"title\": \"How we cut our CI time in half\", \"body\": \"We moved the integration tests to **Testcontainers** and split the suite:\\n\\n- unit tests on every push\\n- integration tests on merge\", \"tags\": [\"ci-cd\", \"testing\"], \"network\": \"platform-engineering\", \"publishing\": \"now\"}"))) PostInput input) {
        var post = blogs.write(viewer, body(input).draft());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/posts/{id}").build(post.id()))
                .entity(PostJson.of(post, clock.instant())).build();
    }

    @GET
    @Path("posts/mine")
    @Operation(summary = "List my unpublished posts", description = "The caller's drafts, scheduled posts, posts waiting for pre-moderation, hidden posts and deleted posts still recoverable.")
    public List<PostJson> unpublished() {
        var now = clock.instant();
        return blogs.myUnpublished(viewer).stream().map(p -> PostJson.of(p, now)).toList();
    }

    @POST
    @Path("posts/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview a body as HTML", description = "The sanitised HTML a Markdown `body` renders to, exactly as a post would show it; nothing is stored.")
    public Html preview(Text text) {
        return new Html(Markdown.html(body(text).body()));
    }

    @GET
    @Path("posts/{id: \\d+}")
    @Operation(summary = "Read a post", description = "The post (Markdown and `html`), its comments and who thanked it; comments waiting for approval are shown only to their author and the moderators. 404 for a post the caller may not read.")
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
    @Operation(summary = "Edit a post", description = "The author edits while they may still write where the post lives (403 otherwise); a deleted post is a 409. `version` is the one the edit started from: a stale one is a 409 with `current` and `yours`.")
    public PostJson edit(@PathParam("id") long id, PostInput input) {
        return PostJson.of(blogs.edit(viewer, id, body(input).draft(), input.version()), clock.instant());
    }

    @DELETE
    @Path("posts/{id: \\d+}")
    @Operation(summary = "Delete a post", description = "Soft delete by the author or the network's moderators (403 for others); the post can be restored for 30 days.")
    @APIResponse(responseCode = "204", description = "The post was deleted")
    public Response delete(@PathParam("id") long id) {
        blogs.delete(viewer, id);
        return Response.noContent().build();
    }

    /** Moderators pin a post to the top of its network's blog and home, feature it on the home, or lock its comments. */
    @PUT
    @Path("posts/{id: \\d+}/{what: pinned|featured|comments-locked}")
    @Operation(summary = "Pin, feature or lock a post", description = "The network's owners and moderators pin a post to the top of its network's blog and home, feature it on the home, or lock its comments; logged in the moderation audit log. 403 for others; 409 for a post that is not published in a network.")
    public PostJson curate(
            @PathParam("id") long id,
            @Parameter(description = "What to turn on: pinned, featured or comments-locked", example = "pinned") @PathParam("what") String what) {
        return PostJson.of(curated(id, what, true), clock.instant());
    }

    @DELETE
    @Path("posts/{id: \\d+}/{what: pinned|featured|comments-locked}")
    @Operation(summary = "Unpin, unfeature or unlock a post", description = "Undoes a pin, a feature or a comment lock; the network's owners and moderators only (403 for others), logged in the moderation audit log.")
    public PostJson uncurate(
            @PathParam("id") long id,
            @Parameter(description = "What to turn off: pinned, featured or comments-locked", example = "pinned") @PathParam("what") String what) {
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
    @Operation(summary = "Restore a deleted post", description = "The author (while they may still write there) or the network's moderators restore a post deleted less than 30 days ago; a post not deleted, or deleted longer ago, is a 409.")
    public PostJson restore(@PathParam("id") long id) {
        return PostJson.of(blogs.restore(viewer, id), clock.instant());
    }

    @POST
    @Path("posts/{id: \\d+}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a post", description = "Comments on a post the caller may read, or replies to a comment (`parentId`, one level deep). Locked comments are a 409; a ban or mute is a 403, writing too fast a 429; where pre-moderation applies the comment waits for a moderator.")
    @APIResponse(responseCode = "201", description = "The created comment")
    public Response comment(@PathParam("id") long id, NewComment comment) {
        var created = discussion.comment(viewer, id, body(comment).parentId(), comment.body());
        return Response.status(201).entity(PostJson.CommentJson.of(created)).build();
    }

    @PUT
    @Path("comments/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a comment", description = "Only its author edits a comment (403 for others).")
    public PostJson.CommentJson editComment(@PathParam("id") long id, Text text) {
        return PostJson.CommentJson.of(discussion.editComment(viewer, id, body(text).body()));
    }

    @DELETE
    @Path("comments/{id: \\d+}")
    @Operation(summary = "Delete a comment", description = "Its author or the network's moderators delete a comment (403 for others); a deleted comment with replies stays as a placeholder.")
    @APIResponse(responseCode = "204", description = "The comment was deleted")
    public Response deleteComment(@PathParam("id") long id) {
        discussion.deleteComment(viewer, id);
        return Response.noContent().build();
    }

    @POST
    @Path("posts/{id: \\d+}/thanks")
    @Operation(summary = "Thank a post", description = "Thanks a post once; thanking one's own post, or thanking twice, is a 409. Answers the post.")
    public PostJson thank(@PathParam("id") long id) {
        return PostJson.of(discussion.thank(viewer, id), clock.instant());
    }

    @POST
    @Path("comments/{id: \\d+}/thanks")
    @Operation(summary = "Thank a comment", description = "Thanks a comment once; thanking one's own comment, or thanking twice, is a 409. Answers the comment.")
    public PostJson.CommentJson thankComment(@PathParam("id") long id) {
        return PostJson.CommentJson.of(discussion.thankComment(viewer, id));
    }

    @GET
    @Path("tags")
    @Operation(summary = "Suggest tags", description = "Up to 10 tags starting with `prefix`, taken only from posts the caller may read, for a typeahead.")
    public List<String> tags(
            @Parameter(description = "The beginning of a tag", example = "kub") @QueryParam("prefix") String prefix) {
        return blogs.tagSuggestions(viewer, prefix);
    }

    private static <T> T body(T body) {
        if (body == null) {
            throw new InvalidRequest("A JSON request body is required");
        }
        return body;
    }
}
