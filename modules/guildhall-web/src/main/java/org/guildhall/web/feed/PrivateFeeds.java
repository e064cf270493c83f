package org.guildhall.web.feed;

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
import org.apache.commons.text.StringEscapeUtils;
import org.guildhall.activity.Home;
import org.guildhall.activity.Stream;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.Post;
import org.guildhall.blog.PostCard;
import org.guildhall.feed.FeedTokens;
import org.guildhall.web.activity.ActivityJson;
import org.guildhall.web.blog.BlogFeeds;
import org.guildhall.web.view.Atom;

/**
 * Feeds for readers that cannot sign in: the address carries a personal feed token, which reads
 * as its person (an employee's rights only), so members-only content reaches that person's
 * reader and nobody else's. A revoked or unknown token answers 404.
 */
@RequestScoped
@Path("feeds/private/{token}")
@Produces("application/atom+xml;charset=UTF-8")
public class PrivateFeeds {

    private static final int ENTRIES = 20;

    @Inject
    FeedTokens tokens;

    @Inject
    Blogs blogs;

    @Inject
    Stream stream;

    @Context
    UriInfo uri;

    @PathParam("token")
    String token;

    /** The home stream: what the person follows. */
    @GET
    @Path("home.atom")
    public String home() throws FeedException {
        var viewer = tokens.viewerFor(token);
        var page = stream.of(viewer, Stream.Filter.NONE, null, Home.PAGE);
        return Atom.feed(uri, "Guildhall — " + viewer.username() + "’s stream", "/", page.entries().stream().map(PrivateFeeds::item).toList());
    }

    @GET
    @Path("networks/{slug}.atom")
    public String network(@PathParam("slug") String slug) throws FeedException {
        var blog = blogs.networkBlog(tokens.viewerFor(token), slug, 1, ENTRIES);
        return posts(blog.visit().network().name() + " — blog", "/blog/networks/" + slug, blog.posts().items());
    }

    @GET
    @Path("tags/{tag}.atom")
    public String tag(@PathParam("tag") String tag) throws FeedException {
        return posts("Posts tagged " + tag, "/blog/tags/" + tag, blogs.tagged(tokens.viewerFor(token), tag, 1, ENTRIES).items());
    }

    private String posts(String title, String page, List<Post> posts) throws FeedException {
        return Atom.feed(uri, title, page, posts.stream().map(BlogFeeds::item).toList());
    }

    private static Atom.Item item(Stream.Entry entry) {
        var a = entry.activity();
        if (entry.subject() instanceof PostCard post) {
            return new Atom.Item(post.title(), "/blog/posts/" + post.id(), a.actor().displayName(), a.occurredAt(), a.occurredAt(),
                    "<p>" + StringEscapeUtils.escapeHtml4(post.excerpt() == null ? "" : post.excerpt()) + "</p>");
        }
        var title = a.actor().displayName() + " · " + entry.kind().code().replace('-', ' ') + " · " + ActivityJson.title(entry);
        return new Atom.Item(title, ActivityJson.url(entry), a.actor().displayName(), a.occurredAt(), a.occurredAt(),
                "<p>" + StringEscapeUtils.escapeHtml4(title) + "</p>");
    }
}
