package org.guildhall.web.blog;

import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.guildhall.access.Viewer;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.InvalidPost;
import org.guildhall.blog.StalePost;
import org.guildhall.blog.Discussion;
import org.guildhall.paging.Page;
import org.guildhall.search.Hits;
import org.guildhall.search.SearchUnavailable;
import org.guildhall.search.blog.PostSearch;
import org.guildhall.text.Markdown;
import org.guildhall.web.view.FieldMessages;
import org.guildhall.network.Network;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.ReaderZone;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.SearchText;
import org.guildhall.web.view.View;
import org.guildhall.blog.Post;
import org.guildhall.blog.PostDraft;
import org.guildhall.web.error.InvalidRequest;

/** Blogs for people: latest posts, a network's, a person's and a tag's blog, a post, writing. */
@RequestScoped
@Path("blog")
@Produces(MediaType.TEXT_HTML)
public class BlogPages {

    @Inject
    Blogs blogs;

    @Inject
    PostSearch search;

    @Inject
    Discussion discussion;

    @Inject
    org.guildhall.blog.PostCuration curation;

    @Inject
    Validator validator;

    @Inject
    Viewer viewer;

    @Inject
    Clock clock;

    @Inject
    Flash flash;

    @Inject
    ReaderZone timeZone;

    @GET
    public View latest(@QueryParam("page") String page, @QueryParam("network") String network,
                       @QueryParam("mine") boolean mine, @QueryParam("tag") String tag) {
        var paging = Paging.of(page, null, 10);
        var query = new Blogs.LatestQuery(network, mine, tag);
        var listing = blogs.latestPage(viewer, query, paging.page(), paging.size());
        return list("blog.latest.title", listing.posts(), "/blog", null).with("mine", listing.mine())
                .with("myNetworks", listing.myNetworks()).with("filter", query);
    }

    @GET
    @Path("networks/{slug}")
    public View networkBlog(@PathParam("slug") String slug, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 10);
        var blog = blogs.networkBlog(viewer, slug, paging.page(), paging.size());
        return list("blog.network.title", blog.posts(), "/blog/networks/" + slug, blog.visit().network().name())
                .with("feed", "/feeds/networks/" + slug + ".atom").with("writeIn", slug);
    }

    @GET
    @Path("people/{username}")
    public View personalBlog(@PathParam("username") String username, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 10);
        var blog = blogs.personalBlog(viewer, username, paging.page(), paging.size());
        return list("blog.person.title", blog.posts(), "/blog/people/" + username, blog.author().displayName())
                .with("feed", "/feeds/people/" + username + ".atom");
    }

    @GET
    @Path("tags/{tag}")
    public View tag(@PathParam("tag") String tag, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 10);
        return list("blog.tag.title", blogs.tagged(viewer, tag, paging.page(), paging.size()), "/blog/tags/" + tag, tag)
                .with("feed", "/feeds/tags/" + tag + ".atom").with("followTag", tag);
    }

    /**
     * Tag suggestions for the post form's script, as {@code <option>}s: an HTML fragment, so the
     * browser's session signs the request (JSON requests are treated as bearer-only).
     */
    @GET
    @Path("tag-suggestions")
    public View tagSuggestions(@QueryParam("prefix") String prefix) {
        return View.fragment("blog/tag-options").with("tags", blogs.tagSuggestions(viewer, prefix));
    }

    @GET
    @Path("search")
    public Response search(@QueryParam("q") String q, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 10).within(Hits.MAX_WINDOW);
        var view = View.of("blog/search").with("q", q == null ? "" : q);
        try {
            return Response.ok(view.with("results", search.find(viewer, SearchText.of(q), paging.page(), paging.size()))).build();
        } catch (SearchUnavailable e) {
            return Response.status(503).entity(view.with("results", Page.empty(paging.page(), paging.size()))
                    .with("unavailable", e.getMessage())).build();
        }
    }

    private View list(String titleKey, Page<Post> posts, String path, String subject) {
        return View.of("blog/list").with("titleKey", titleKey).with("subject", subject).with("posts",
                posts.map(p -> new PostCard(p, p.excerpt(), p.readingMinutes()))).with("listPath", path);
    }

    /** A post in a list: the first words of its text and its reading time (both stored when written). */
    public record PostCard(Post post, String excerpt, int minutes) {
    }

    // ---- a post -----------------------------------------------------------------------------

    @GET
    @Path("posts/{id: \\d+}")
    public View post(@PathParam("id") long id) {
        var reading = blogs.read(viewer, id);
        var comments = reading.comments();
        return View.of("blog/post").with("r", reading).with("p", reading.post())
                .with("html", reading.post().html())
                .with("minutes", reading.post().readingMinutes())
                .with("status", PostJson.status(reading.post(), clock.instant()))
                .with("topLevel", comments.stream().filter(c -> c.parent() == null).toList())
                .with("replies", comments.stream().filter(c -> c.parent() != null)
                        .collect(Collectors.groupingBy(c -> c.parent().id())))
                .with("commentHtml", comments.stream().filter(c -> !c.isDeleted())
                        .collect(Collectors.toMap(c -> c.id(), c -> c.html())));
    }

    @POST
    @Path("posts/{id: \\d+}/{action: delete|restore|thanks}")
    public Response postAction(@PathParam("id") long id, @PathParam("action") String action) {
        switch (action) {
            case "delete" -> {
                blogs.delete(viewer, id);
                flash.success("flash.post.deleted");
            }
            case "restore" -> {
                blogs.restore(viewer, id);
                flash.success("flash.post.restored");
            }
            default -> flash.success("flash.post.thanked", discussion.thank(viewer, id).author().displayName());
        }
        return "delete".equals(action) ? Response.seeOther(URI.create("/blog")).build() : toPost(id, null);
    }

    /** Moderators pin, feature or lock a post from its page. */
    @POST
    @Path("posts/{id: \\d+}/curation")
    public Response curate(@PathParam("id") long id, @FormParam("change") String change) {
        switch (change == null ? "" : change) {
            case "pin", "unpin" -> curation.pin(viewer, id, "pin".equals(change));
            case "feature", "unfeature" -> curation.feature(viewer, id, "feature".equals(change));
            case "lock", "unlock" -> curation.lockComments(viewer, id, "lock".equals(change));
            default -> throw new InvalidRequest("Choose pin, feature or lock");
        }
        flash.success("flash.post." + change);
        return toPost(id, null);
    }

    @POST
    @Path("posts/{id: \\d+}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("id") long id, @FormParam("body") String body, @FormParam("parentId") Long parentId) {
        var comment = discussion.comment(viewer, id, parentId, body);
        flash.success(comment.isHeld() ? "flash.comment.held" : parentId == null ? "flash.comment.posted" : "flash.comment.replied");
        return toPost(id, "comment-" + comment.id());
    }

    @POST
    @Path("comments/{id: \\d+}/{action: edit|delete|thanks}")
    public Response commentAction(@PathParam("id") long id, @PathParam("action") String action,
                                  @FormParam("body") String body, @FormParam("postId") long postId) {
        switch (action) {
            case "edit" -> {
                discussion.editComment(viewer, id, body);
                flash.success("flash.comment.edited");
            }
            case "delete" -> {
                discussion.deleteComment(viewer, id);
                flash.success("flash.comment.deleted");
            }
            default -> flash.success("flash.post.thanked", discussion.thankComment(viewer, id).author().displayName());
        }
        return toPost(postId, "comment-" + id);
    }

    private static Response toPost(long id, String fragment) {
        var uri = UriBuilder.fromPath("/blog/posts/{id}");
        if (fragment != null) {
            uri.fragment(fragment);
        }
        return Response.seeOther(uri.build(id)).build();
    }

    // ---- writing ----------------------------------------------------------------------------

    @GET
    @Path("new")
    public View newPost(@QueryParam("network") String network) {
        var place = blogs.placeToWrite(viewer, network);
        return form(new PostForm("", "", "", place == null ? null : place.slug(), "draft", "", timeZone.zone().getId(), null),
                Map.of(), null, null, place);
    }

    /**
     * Writing in a network's blog has its own address: a query string does not survive the
     * sign-in redirect (elytron-oidc-client drops it), and the network must not be lost.
     */
    @GET
    @Path("networks/{slug}/new")
    public View newNetworkPost(@PathParam("slug") String slug) {
        return newPost(slug);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(@jakarta.ws.rs.BeanParam PostForm.Fields fields, @FormParam("action") String action) {
        var form = fields.form();
        if ("preview".equals(action)) {
            return Response.ok(form(form, Map.of(), null, Markdown.html(form.body()), blogs.placeToWrite(viewer, form.network())))
                    .build();
        }
        var errors = validate(form);
        if (errors.isEmpty()) {
            try {
                var post = blogs.write(viewer, draft(form));
                published(post, form);
                return toPost(post.id(), null);
            } catch (InvalidPost e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return Response.status(400).entity(form(form, errors, null, null, blogs.placeToWrite(viewer, form.network()))).build();
    }

    @GET
    @Path("posts/{id: \\d+}/edit")
    public View editForm(@PathParam("id") long id) {
        var post = blogs.read(viewer, id).post();
        return form(PostForm.of(post, clock.instant(), timeZone.zone()), Map.of(), post.id(), null, post.network());
    }

    @POST
    @Path("posts/{id: \\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @jakarta.ws.rs.BeanParam PostForm.Fields fields,
                         @FormParam("action") String action) {
        var form = fields.form();
        var place = blogs.placeOf(viewer, id);
        if ("preview".equals(action)) {
            return Response.ok(form(form, Map.of(), id, Markdown.html(form.body()), place)).build();
        }
        var errors = validate(form);
        if (errors.isEmpty()) {
            try {
                published(blogs.edit(viewer, id, draft(form), form.version()), form);
                return toPost(id, null);
            } catch (InvalidPost e) {
                errors.put(e.field(), e.getMessage());
            } catch (StalePost e) {
                var current = e.current();
                return Response.status(409).entity(form(form.withVersion(current.version()), Map.of(), id, null, place)
                        .with("stale", current).with("staleHtml", Markdown.html(current.body()))).build();
            }
        }
        return Response.status(400).entity(form(form, errors, id, null, place)).build();
    }

    /** Says where the post now stands: a draft, published, or scheduled (in the zone the time was typed in). */
    private void published(Post post, PostForm form) {
        var now = clock.instant();
        if (post.isDraft()) {
            flash.success("flash.post.draft");
        } else if (post.isHeld()) {
            flash.success("flash.post.held");
        } else if (post.isScheduled(now)) {
            flash.success("flash.post.scheduled", timeZone.times(clock, timeZone.zone(form.timezone())).dateTime(post.publishAt()));
        } else {
            flash.success("flash.post.published");
        }
    }

    /** The post as written, its schedule read in the writer's time zone. */
    private PostDraft draft(PostForm form) {
        return form.input().draft(timeZone.zone(form.timezone()));
    }

    private Map<String, String> validate(PostForm form) {
        var errors = new LinkedHashMap<String, String>();
        try {
            FieldMessages.firstPerField(validator.validate(draft(form)))
                    .forEach((field, message) -> errors.put(field.replace("scheduleComplete", "publishAt"), message));
        } catch (InvalidRequest e) {
            errors.put("publishAt", e.getMessage());
        }
        return errors;
    }

    /** The form, saying where the post goes (a network's blog by name, or the writer's own) and in which time zone. */
    private View form(PostForm form, Map<String, String> errors, Long id, String preview, Network place) {
        var zone = timeZone.zone(form.timezone());
        var cancel = id != null ? "/blog/posts/" + id : place != null ? "/blog/networks/" + place.slug() : "/blog";
        return View.of("blog/form").with("form", form).with("errors", errors).with("id", id).with("preview", preview)
                .with("place", place).with("cancel", cancel).with("zone", zone.getId())
                .with("minSchedule", clock.instant().plus(5, ChronoUnit.MINUTES).atZone(zone)
                        .toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString());
    }
}
