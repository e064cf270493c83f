package org.guildhall.question;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.guildhall.blog.PostDraft;

/**
 * A question as its asker writes it: title, Markdown body, tags, the skills it needs (by name,
 * as the taxonomy knows them) and where it is asked (a network's slug, or none for company-wide).
 */
public record QuestionDraft(
        @NotBlank(message = "{question.title.blank}") @Size(min = 10, max = TITLE_MAX, message = "{question.title.size}") String title,
        @Size(max = BODY_MAX, message = "{question.body.size}") String body,
        @Size(max = 10, message = "{post.tags.size}") List<@Size(max = PostDraft.TAG_MAX, message = "{post.tag.size}") String> tags,
        @Size(max = 5, message = "{question.skills.size}") List<String> skills,
        String network) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;

    public QuestionDraft {
        title = title == null ? null : title.strip().replaceAll("\\s+", " ");
        body = body == null ? "" : body.replace("\r\n", "\n").strip();
        tags = PostDraft.normaliseTags(tags);
        skills = skills == null ? List.of() : skills.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
        network = network == null || network.isBlank() ? null : network.strip();
    }
}
