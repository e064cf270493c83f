package org.guildhall.web.view;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.ws.rs.core.UriInfo;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

/** Atom feeds, written by Rome: entries with absolute links to this site. */
public final class Atom {

    private Atom() {
    }

    /** One entry: its title, path on this site, author, times and (sanitised) HTML. */
    public record Item(String title, String path, String author, Instant published, Instant updated, String html) {
    }

    public static String feed(UriInfo uri, String title, String page, List<Item> items) throws FeedException {
        var feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(absolute(uri, page));
        feed.setLink(absolute(uri, page));
        var self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(uri.getRequestUri().toString());
        feed.setLinks(List.of(self));
        feed.setPublishedDate(items.isEmpty() ? new Date(0) : Date.from(items.get(0).published()));
        feed.setEntries(items.stream().map(item -> entry(uri, item)).toList());
        return new SyndFeedOutput().outputString(feed);
    }

    private static SyndEntry entry(UriInfo uri, Item item) {
        var entry = new SyndEntryImpl();
        var link = absolute(uri, item.path());
        entry.setTitle(item.title());
        entry.setLink(link);
        entry.setUri(link);
        entry.setAuthor(item.author());
        entry.setPublishedDate(Date.from(item.published()));
        entry.setUpdatedDate(Date.from(item.updated()));
        var content = new SyndContentImpl();
        content.setType("html");
        content.setValue(item.html());
        entry.setContents(List.of(content));
        return entry;
    }

    private static String absolute(UriInfo uri, String path) {
        return uri.getBaseUriBuilder().path(path).build().toString();
    }
}
