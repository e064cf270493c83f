package org.guildhall.web.blog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.guildhall.blog.PostDraft;
import org.guildhall.web.error.InvalidRequest;

/**
 * A post as the API and the form send it: {@code publishing} is {@code draft}, {@code now} or
 * {@code schedule}; {@code publishAt} an ISO-8601 instant (API) or a local date-time in UTC (form).
 */
public record PostInput(String title, String body, List<String> tags, String network, String publishing,
                        String publishAt, Long version) {

    PostDraft draft() {
        return new PostDraft(title, body, tags, network, publishingChoice(), publishTime());
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

    private Instant publishTime() {
        if (publishAt == null || publishAt.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(publishAt.strip());
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(publishAt.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new InvalidRequest("'publishAt' must be a date and time such as 2026-12-01T09:00:00Z, not '" + publishAt + "'");
            }
        }
    }
}
