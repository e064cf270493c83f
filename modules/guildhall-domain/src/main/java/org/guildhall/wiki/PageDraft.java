package org.guildhall.wiki;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.guildhall.blog.PostDraft;

/**
 * A page as its editor saves it. {@code baseRevision} is the revision they started from (null for
 * a new page): when someone saved meanwhile, their change and this one are merged from it.
 * {@code parent} is the slug of the page to place it under, {@link #TOP} for the top level, or
 * null to leave an existing page where it is.
 */
public record PageDraft(
        @NotBlank(message = "{wiki.title.blank}") @Size(max = TITLE_MAX, message = "{wiki.title.size}") String title,
        @Size(max = BODY_MAX, message = "{wiki.body.size}") String body,
        @Size(max = 10, message = "{post.tags.size}") List<@Size(max = PostDraft.TAG_MAX, message = "{post.tag.size}") String> tags,
        @Size(max = SUMMARY_MAX, message = "{wiki.summary.size}") String summary,
        boolean minor,
        String parent,
        Integer baseRevision) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 100_000;
    public static final int SUMMARY_MAX = 300;
    /** The top level of the wiki, as a parent. */
    public static final String TOP = "-";

    public PageDraft {
        title = title == null ? null : title.strip().replaceAll("\\s+", " ");
        body = body == null ? "" : body.replace("\r\n", "\n");
        // Revisions keep tags comma-separated: a comma inside a tag would split it on a revert.
        tags = PostDraft.normaliseTags(tags == null ? null : tags.stream().map(t -> t == null ? null : t.replace(',', '-')).toList());
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        parent = parent == null || parent.isBlank() ? null : parent.strip();
    }


}
