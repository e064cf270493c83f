package org.guildhall.web.blog;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import com.rometools.rome.io.FeedException;
import org.guildhall.access.Viewer;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.Post;
import org.guildhall.web.view.Atom;

/**
 * Atom feeds (written by Rome) for a network's blog, a person's blog and a tag. They require
 * sign-in like everything else (a bearer token), and list only what that reader may see, so
 * members-only posts never reach an outsider's feed. Feed readers that cannot sign in use the
 * same feeds through a personal feed token ({@link org.guildhall.web.feed.PrivateFeeds}).
 */
@RequestScoped
@Path("feeds")
@Produces("application/atom+xml;charset=UTF-8")
public class BlogFeeds {

    private static final int ENTRIES = 20;

    @Inject
    Blogs blogs;

    @Inject
    Viewer viewer;

    @Context
    UriInfo uri;

    @GET
    @Path("networks/{slug}.atom")
    public String network(@PathParam("slug") String slug) throws FeedException {
        var blog = blogs.networkBlog(viewer, slug, 1, ENTRIES);
        return feed(blog.visit().network().name() + " — blog", "/blog/networks/" + slug, blog.posts().items());
    }

    @GET
    @Path("people/{username}.atom")
    public String person(@PathParam("username") String username) throws FeedException {
        var blog = blogs.personalBlog(viewer, username, 1, ENTRIES);
        return feed(blog.author().displayName() + " — blog", "/blog/people/" + username, blog.posts().items());
    }

    @GET
    @Path("tags/{tag}.atom")
    public String tag(@PathParam("tag") String tag) throws FeedException {
        return feed("Posts tagged " + tag, "/blog/tags/" + tag, blogs.tagged(viewer, tag, 1, ENTRIES).items());
    }

    private String feed(String title, String page, List<Post> posts) throws FeedException {
        return Atom.feed(uri, title, page, posts.stream().map(BlogFeeds::item).toList());
    }

    /** A post as a feed entry (the private feeds list posts the same way). */
    public static Atom.Item item(Post post) {
        return new Atom.Item(post.title(), "/blog/posts/" + post.id(), post.author().displayName(), post.publishAt(),
                post.editedAt() != null ? post.editedAt() : post.publishAt(), post.html());
    }
}
