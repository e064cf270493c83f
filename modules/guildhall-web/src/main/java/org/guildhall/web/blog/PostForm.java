package org.guildhall.web.blog;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.FormParam;

import org.guildhall.blog.Post;

/** The post form's fields as typed; tags comma-separated, the schedule as a UTC date-time. */
public record PostForm(String title, String body, String tags, String network, String publishing, String publishAt,
                       Long version) {

    /** Bound from the posted form. */
    public static class Fields {
        @FormParam("title") public String title;
        @FormParam("body") public String body;
        @FormParam("tags") public String tags;
        @FormParam("network") public String network;
        @FormParam("publishing") public String publishing;
        @FormParam("publishAt") public String publishAt;
        @FormParam("version") public Long version;

        PostForm form() {
            return new PostForm(title, body, tags, network, publishing, publishAt, version);
        }
    }

    static PostForm of(Post p, Instant now) {
        String publishing = p.isDraft() ? "draft" : p.isScheduled(now) ? "schedule" : "now";
        String at = p.publishAt() == null ? "" : p.publishAt().atOffset(ZoneOffset.UTC).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES).toString();
        return new PostForm(p.title(), p.body(), String.join(", ", p.tags()),
                p.network() == null ? null : p.network().slug(), publishing, at, p.version());
    }

    PostForm withVersion(long newVersion) {
        return new PostForm(title, body, tags, network, publishing, publishAt, newVersion);
    }

    PostInput input() {
        return new PostInput(title, body, PostInput.tags(tags), network, publishing, publishAt, version);
    }
}
