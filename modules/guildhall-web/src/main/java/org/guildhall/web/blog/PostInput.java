package org.guildhall.web.blog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.guildhall.blog.PostDraft;
import org.guildhall.web.error.InvalidRequest;

/**
 * A post as the API and the form send it: {@code publishing} is {@code draft}, {@code now} or
 * {@code schedule}; {@code publishAt} an ISO-8601 instant, or a local date-time read in the
 * writer's time zone (the form's), UTC when none is given.
 */
public record PostInput(String title, String body, List<String> tags, String network, String publishing,
                        String publishAt, Long version) {

    PostDraft draft() {
        return draft(ZoneOffset.UTC);
    }

    PostDraft draft(ZoneId zone) {
        return new PostDraft(title, body, tags, network, publishingChoice(), publishTime(zone));
    }

    /** The form's comma-separated tags. */
    static List<String> tags(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private PostDraft.Publishing publishingChoice() {
        if (publishing == null || publishing.isBlank()) {
            return PostDraft.Publishing.DRAFT;
        }
        try {
            return PostDraft.Publishing.valueOf(publishing.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("'publishing' must be draft, now or schedule, not '" + publishing + "'");
        }
    }

    private Instant publishTime(ZoneId zone) {
        if (publishAt == null || publishAt.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(publishAt.strip());
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(publishAt.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidRequest("'publishAt' must be a date and time such as 2026-12-01T09:00:00Z, not '" + publishAt + "'");
            }
        }
    }
}
