package org.guildhall.web.activity;

import java.time.Instant;

import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.Stream;
import org.guildhall.blog.PostCard;
import org.guildhall.network.Network;
import org.guildhall.people.Person;
import org.guildhall.wiki.WikiPage;

/** A stream entry for integrations: what happened, who last did it, how many times, to what. */
public record ActivityJson(long id, String kind, int count, String actor, String actorName, String network, String networkName,
                           Instant occurredAt, String subjectTitle, String url) {

    static ActivityJson of(Stream.Entry entry) {
        var a = entry.activity();
        Network n = a.network();
        return new ActivityJson(a.id(), a.kind().code(), a.count(), a.actor().username(), a.actor().displayName(),
                n == null ? null : n.slug(), n == null ? null : n.name(), a.occurredAt(), title(entry), url(entry));
    }

    /** Where an entry leads, as a path: the post, the page, the network's members, the person's profile. */
    public static String url(Stream.Entry entry) {
        return switch (entry.kind()) {
            case POST_PUBLISHED -> "/blog/posts/" + ((PostCard) entry.subject()).id();
            case WIKI_EDITED -> {
                var page = (WikiPage) entry.subject();
                yield "/networks/" + page.network().slug() + "/wiki/" + page.slug();
            }
            case MEMBERS_JOINED -> "/networks/" + ((Network) entry.subject()).slug() + "/members";
            case ENDORSED -> "/people/" + ((Person) entry.subject()).username();
            case QUESTION_ASKED -> "/questions/" + ((org.guildhall.question.Question) entry.subject()).id();
        };
    }

    public static String title(Stream.Entry entry) {
        return switch (entry.kind()) {
            case POST_PUBLISHED -> ((PostCard) entry.subject()).title();
            case WIKI_EDITED -> ((WikiPage) entry.subject()).title();
            case MEMBERS_JOINED -> ((Network) entry.subject()).name();
            case ENDORSED -> ((Person) entry.subject()).displayName();
            case QUESTION_ASKED -> ((org.guildhall.question.Question) entry.subject()).title();
        };
    }

    static ActivityKind kind(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return org.guildhall.network.Coded.parse(ActivityKind.class, code.strip())
                .orElseThrow(() -> new org.guildhall.access.InvalidField("kind",
                        "Choose what to show: post-published, wiki-edited, members-joined or endorsed."));
    }
}
