package org.guildhall.search.blog;

import java.time.Instant;
import java.util.List;

import org.guildhall.blog.Comment;
import org.guildhall.blog.Post;
import org.guildhall.network.ContentAccess;
import org.guildhall.network.Visibility;
import org.guildhall.text.Markdown;

/**
 * What the post index holds (see /search/posts-v1.json). {@code audience} is {@code everyone}
 * for personal posts and posts in listed, public, live networks, {@code members} otherwise; the
 * query then admits members through {@code networkId}. Comments are searchable with their post.
 */
public record PostDocument(String title, String body, List<String> comments, List<String> tags, String author,
                           String authorName, Long networkId, String networkName, String audience,
                           Instant publishAt) {

    static final String EVERYONE = "everyone";
    static final String MEMBERS = "members";

    static PostDocument of(Post p, List<Comment> comments) {
        var n = p.network();
        boolean open = n == null || (n.isLive() && n.visibility() == Visibility.LISTED
                && n.contentAccess() == ContentAccess.PUBLIC);
        return new PostDocument(p.title(), Markdown.text(p.body()),
                comments.stream().map(c -> Markdown.text(c.body())).toList(), p.tags(), p.author().username(),
                p.author().displayName(), n == null ? null : n.id(), n == null ? null : n.name(),
                open ? EVERYONE : MEMBERS, p.publishAt());
    }
}
