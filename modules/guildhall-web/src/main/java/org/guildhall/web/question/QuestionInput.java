package org.guildhall.web.question;

import java.util.Arrays;
import java.util.List;

import org.guildhall.question.QuestionDraft;

/** A question as the API and the form send it; {@code version} is the one an edit started from. */
public record QuestionInput(String title, String body, List<String> tags, List<String> skills, String network, Long version) {

    QuestionDraft draft() {
        return new QuestionDraft(title, body, tags, skills, network);
    }

    /** A comma-separated list as typed into a form field. */
    static List<String> split(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
