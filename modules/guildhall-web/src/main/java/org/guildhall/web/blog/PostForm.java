package org.guildhall.web.blog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.FormParam;

import org.guildhall.blog.Post;

/**
 * The post form's fields as typed; tags comma-separated, the schedule as a local date-time in the
 * writer's time zone ({@code timezone}, which the page's script fills in from the browser).
 */
public record PostForm(String title, String body, String tags, String network, String publishing, String publishAt,
                       String timezone, Long version) {

    /** Bound from the posted form. */
    public static class Fields {
        @FormParam("title") public String title;
        @FormParam("body") public String body;
        @FormParam("tags") public String tags;
        @FormParam("network") public String network;
        @FormParam("publishing") public String publishing;
        @FormParam("publishAt") public String publishAt;
        @FormParam("timezone") public String timezone;
        @FormParam("version") public Long version;

        PostForm form() {
            return new PostForm(title, body, tags, network, publishing, publishAt, timezone, version);
        }
    }

    static PostForm of(Post p, Instant now, ZoneId zone) {
        String publishing = p.isDraft() ? "draft" : p.isScheduled(now) ? "schedule" : "now";
        String at = p.publishAt() == null ? "" : p.publishAt().atZone(zone).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES).toString();
        return new PostForm(p.title(), p.body(), String.join(", ", p.tags()),
                p.network() == null ? null : p.network().slug(), publishing, at, zone.getId(), p.version());
    }

    PostForm withVersion(long newVersion) {
        return new PostForm(title, body, tags, network, publishing, publishAt, timezone, newVersion);
    }

    PostInput input() {
        return new PostInput(title, body, PostInput.tags(tags), network, publishing, publishAt, version);
    }
}
