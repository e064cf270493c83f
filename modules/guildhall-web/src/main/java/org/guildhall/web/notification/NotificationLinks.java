package org.guildhall.web.notification;

import org.guildhall.blog.Comment;
import org.guildhall.blog.Post;
import org.guildhall.network.Network;
import org.guildhall.notification.Inbox;
import org.guildhall.notification.NotificationKind;
import org.guildhall.people.Person;
import org.guildhall.wiki.WikiPage;

/** Where a notification leads and what it is about, for pages, JSON, mail and feeds alike. */
public final class NotificationLinks {

    private NotificationLinks() {
    }

    /** A path on this site (mail and feeds put the public address in front). */
    public static String path(Inbox.Shown shown) {
        var subject = shown.subject();
        if (subject instanceof Post post) {
            return "/blog/posts/" + post.id();
        }
        if (subject instanceof Comment comment) {
            return "/blog/posts/" + comment.post().id() + "#comment-" + comment.id();
        }
        if (subject instanceof WikiPage page) {
            return "/networks/" + page.network().slug() + "/wiki/" + page.slug();
        }
        if (subject instanceof Network network) {
            return "/networks/" + network.slug() + (shown.notification().kind() == NotificationKind.REQUEST ? "/requests" : "");
        }
        if (subject instanceof Person person) {
            return "/people/" + person.username();
        }
        if (subject instanceof org.guildhall.question.Question question) {
            return "/questions/" + question.id();
        }
        if (subject instanceof org.guildhall.question.Answer answer) {
            return "/questions/" + answer.question().id() + "#answer-" + answer.id();
        }
        // Without a subject: moderation's notices, or a decision about a network one may no longer see.
        return shown.notification().kind() == NotificationKind.MEMBERSHIP ? "/" : "/me/moderation";
    }

    /** The name of what it is about: a post's or page's title, a network's or person's name. */
    public static String title(Inbox.Shown shown) {
        var subject = shown.subject();
        if (subject instanceof Post post) {
            return post.title();
        }
        if (subject instanceof Comment comment) {
            return comment.post().title();
        }
        if (subject instanceof WikiPage page) {
            return page.title();
        }
        if (subject instanceof Network network) {
            return network.name();
        }
        if (subject instanceof Person person) {
            return person.displayName();
        }
        if (subject instanceof org.guildhall.question.Question question) {
            return question.title();
        }
        if (subject instanceof org.guildhall.question.Answer answer) {
            return answer.question().title();
        }
        var network = shown.notification().network();
        return network == null ? "" : network.name();
    }
}
