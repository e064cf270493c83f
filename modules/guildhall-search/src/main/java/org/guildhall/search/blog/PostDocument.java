package org.guildhall.search.blog;

import java.time.Instant;
import java.util.List;

import org.guildhall.access.AccessPolicy;
import org.guildhall.blog.Post;

/**
 * What the post index holds (see /search/posts-v2.json). {@code readers} is the audience of the
 * post's network (company-wide for a personal post): searches keep the hits whose readers
 * include one of the reader's keys. Comments are searchable with their post.
 */
public record PostDocument(String title, String body, List<String> comments, List<String> tags, String author,
                           String authorName, Long networkId, String networkName, List<String> readers,
                           Instant publishAt) {

    static PostDocument of(Post p, List<String> comments) {
        var n = p.network();
        return new PostDocument(p.title(), p.text(), comments, p.tags(), p.author().username(),
                p.author().displayName(), n == null ? null : n.id(), n == null ? null : n.name(),
                List.copyOf(AccessPolicy.audienceOf(n).sorted()), p.publishAt());
    }
}
