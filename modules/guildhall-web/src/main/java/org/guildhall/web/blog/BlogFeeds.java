package org.guildhall.web.blog;

import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.guildhall.access.Viewer;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.Post;

/**
 * Atom feeds (written by Rome) for a network's blog, a person's blog and a tag. They require
 * sign-in like everything else (a feed reader sends a bearer token) and list only what that
 * reader may see, so members-only posts never reach an outsider's feed.
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
        var feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(absolute(page));
        feed.setLink(absolute(page));
        var self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(uri.getRequestUri().toString());
        feed.setLinks(List.of(self));
        feed.setPublishedDate(posts.isEmpty() ? new Date(0) : Date.from(posts.get(0).publishAt()));
        feed.setEntries(posts.stream().map(this::entry).toList());
        return new SyndFeedOutput().outputString(feed);
    }

    private SyndEntry entry(Post post) {
        var entry = new SyndEntryImpl();
        var link = absolute("/blog/posts/" + post.id());
        entry.setTitle(post.title());
        entry.setLink(link);
        entry.setUri(link);
        entry.setAuthor(post.author().displayName());
        entry.setPublishedDate(Date.from(post.publishAt()));
        entry.setUpdatedDate(Date.from(post.editedAt() != null ? post.editedAt() : post.publishAt()));
        var content = new SyndContentImpl();
        content.setType("html");
        content.setValue(post.html());
        entry.setContents(List.of(content));
        return entry;
    }

    private String absolute(String path) {
        return uri.getBaseUriBuilder().path(path).build().toString();
    }
}
