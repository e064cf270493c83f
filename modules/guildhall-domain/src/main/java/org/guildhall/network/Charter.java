package org.guildhall.network;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a network is for and how people join it: the proposal form and the owners' edit form.
 * Policies are codes ({@code open}, {@code members-only}, ...) so both faces report an unknown
 * value as a field message.
 */
public record Charter(
        @NotBlank(message = "{network.name.blank}") @Size(min = 3, max = 120, message = "{network.name.size}") String name,
        @NotBlank(message = "{network.description.blank}") @Size(max = 300, message = "{network.description.size}") String description,
        @NotBlank(message = "{network.purpose.blank}") @Size(max = 4000, message = "{network.purpose.size}") String purpose,
        @Size(max = 10, message = "{network.topics.size}") List<@Size(max = 60, message = "{network.topic.size}") String> topics,
        @Size(max = 2000, message = "{network.whoShouldJoin.size}") String whoShouldJoin,
        @Size(max = 5, message = "{network.departments.size}") List<@Size(max = 120, message = "{network.department.size}") String> departments,
        @NotBlank(message = "{network.visibility.invalid}") @Pattern(regexp = "listed|hidden", message = "{network.visibility.invalid}") String visibility,
        @NotBlank(message = "{network.contentAccess.invalid}") @Pattern(regexp = "public|members-only", message = "{network.contentAccess.invalid}") String contentAccess,
        @NotBlank(message = "{network.joinPolicy.invalid}") @Pattern(regexp = "open|request|invitation", message = "{network.joinPolicy.invalid}") String joinPolicy,
        @Pattern(regexp = "members|moderators", message = "{network.posting.invalid}") String posting) {

    public Charter {
        name = strip(name);
        description = strip(description);
        purpose = strip(purpose);
        whoShouldJoin = strip(whoShouldJoin);
        topics = normalise(topics);
        posting = posting == null || posting.isBlank() ? PostingPolicy.MEMBERS.code() : posting.strip();
        departments = departments == null ? List.of()
                : departments.stream().map(Charter::strip).filter(d -> d != null && !d.isEmpty()).distinct().toList();
    }

    /** The same charter with other sponsoring departments (spelled as the people directory spells them). */
    public Charter withDepartments(List<String> chosen) {
        return new Charter(name, description, purpose, topics, whoShouldJoin, chosen, visibility, contentAccess, joinPolicy,
                posting);
    }

    /** Topics are tags: trimmed, lower case, inner whitespace collapsed, no duplicates. */
    static List<String> normalise(List<String> topics) {
        return topics == null ? List.of() : topics.stream()
                .map(Charter::strip)
                .filter(t -> t != null && !t.isEmpty())
                .map(t -> t.toLowerCase().replaceAll("\\s+", " "))
                .distinct()
                .toList();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    Visibility visibilityValue() {
        return Coded.parse(Visibility.class, visibility).orElseThrow();
    }

    ContentAccess contentAccessValue() {
        return Coded.parse(ContentAccess.class, contentAccess).orElseThrow();
    }

    PostingPolicy postingValue() {
        return Coded.parse(PostingPolicy.class, posting).orElseThrow();
    }

    JoinPolicy joinPolicyValue() {
        return Coded.parse(JoinPolicy.class, joinPolicy).orElseThrow();
    }
}
