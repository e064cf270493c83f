package org.guildhall.blog;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A post as its author writes it: title, Markdown body, tags, where it lives (a network's slug,
 * or none for the personal blog) and when it appears.
 */
public record PostDraft(
        @NotBlank(message = "{post.title.blank}") @Size(max = TITLE_MAX, message = "{post.title.size}") String title,
        @NotBlank(message = "{post.body.blank}") @Size(max = BODY_MAX, message = "{post.body.size}") String body,
        @Size(max = 10, message = "{post.tags.size}") List<@Size(max = TAG_MAX, message = "{post.tag.size}") String> tags,
        String network,
        Publishing publishing,
        Instant publishAt) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 50_000;
    public static final int TAG_MAX = 40;

    /** Keep as a draft, publish now, or publish at {@code publishAt}. */
    public enum Publishing {
        DRAFT, NOW, SCHEDULE
    }

    public PostDraft {
        title = title == null ? null : title.strip();
        tags = normaliseTags(tags);
        network = network == null || network.isBlank() ? null : network.strip();
        publishing = publishing == null ? Publishing.DRAFT : publishing;
    }

    /** Tags: trimmed, lower case, inner whitespace as one '-', no '#', no duplicates. */
    public static List<String> normaliseTags(List<String> tags) {
        return tags == null ? List.of() : tags.stream()
                .filter(t -> t != null)
                .map(t -> t.strip().replaceFirst("^#+", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", "-"))
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    @AssertTrue(message = "{post.publishAt.required}")
    boolean isScheduleComplete() {
        return publishing != Publishing.SCHEDULE || publishAt != null;
    }
}
