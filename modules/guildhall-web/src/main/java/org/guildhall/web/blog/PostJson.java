package org.guildhall.web.blog;

import java.time.Instant;
import java.util.List;

import org.guildhall.blog.Comment;
import org.guildhall.blog.Post;
import org.guildhall.people.Person;

/** A post as the API shows it: Markdown source and sanitised HTML, author, home, counts. */
public record PostJson(long id, String title, String body, String html, List<String> tags, Author author,
                       Home network, String status, Instant publishAt, Instant editedAt, Instant deletedAt,
                       int commentCount, int thanksCount, int readingMinutes, long version, String snippet,
                       boolean pinned, boolean featured, boolean commentsLocked, String moderatorNote) {

    public record Author(String username, String displayName, String department, String title) {
        static Author of(Person p) {
            return new Author(p.username(), p.displayName(), p.department(), p.title());
        }
    }

    public record Home(String slug, String name) {
    }

    /**
     * A comment; deleted ones keep their place (for their replies) without author or text, and so
     * do hidden ones for readers other than their author and the moderators, who see the reason.
     */
    public record CommentJson(long id, Long parentId, Author author, String body, String html, Instant createdAt,
                              Instant editedAt, boolean deleted, int thanksCount, List<String> thankedBy,
                              boolean hidden, boolean waiting, String moderatorNote) {
        static CommentJson of(Comment c) {
            return of(c, List.of(), true);
        }

        static CommentJson of(Comment c, List<Person> thankers, boolean seesWithdrawn) {
            if (c.isDeleted() || (c.isHidden() && !seesWithdrawn)) {
                return new CommentJson(c.id(), parentId(c), null, null, null, c.createdAt(), null, c.isDeleted(), 0, List.of(),
                        c.isHidden(), false, null);
            }
            return new CommentJson(c.id(), parentId(c), Author.of(c.author()), c.body(), c.html(),
                    c.createdAt(), c.editedAt(), false, c.thanksCount(), thankers.stream().map(Person::username).toList(),
                    c.isHidden(), c.isHeld(), c.hiddenReason());
        }

        private static Long parentId(Comment c) {
            return c.parent() == null ? null : c.parent().id();
        }
    }

    static PostJson of(Post p, Instant now) {
        return of(p, now, null);
    }

    static PostJson of(Post p, Instant now, String snippet) {
        var n = p.network();
        return new PostJson(p.id(), p.title(), p.body(), p.html(), p.tags(), Author.of(p.author()),
                n == null ? null : new Home(n.slug(), n.name()), status(p, now), p.publishAt(), p.editedAt(),
                p.deletedAt(), p.commentCount(), p.thanksCount(), p.readingMinutes(), p.version(), snippet,
                p.isPinned(), p.isFeatured(), p.commentsLocked(), p.hiddenReason());
    }

    static String status(Post p, Instant now) {
        if (p.isDeleted()) {
            return "deleted";
        }
        if (p.isHidden()) {
            return "hidden";
        }
        if (p.isHeld()) {
            return "waiting";
        }
        if (p.isDraft()) {
            return "draft";
        }
        return p.isScheduled(now) ? "scheduled" : "published";
    }
}
