package org.guildhall.web.question;

import jakarta.ws.rs.FormParam;

import org.guildhall.question.Question;
import org.guildhall.question.QuestionDraft;

/** The question form's fields as typed: tags and skills comma-separated. */
public record QuestionForm(String title, String body, String tags, String skills, String network, Long version) {

    /** Bound from the posted form. */
    public static class Fields {
        @FormParam("title") public String title;
        @FormParam("body") public String body;
        @FormParam("tags") public String tags;
        @FormParam("skills") public String skills;
        @FormParam("network") public String network;
        @FormParam("version") public Long version;

        QuestionForm form() {
            return new QuestionForm(title, body, tags, skills, network, version);
        }
    }

    static QuestionForm of(Question q) {
        return new QuestionForm(q.title(), q.body(), String.join(", ", q.tags()),
                String.join(", ", q.skills().stream().map(s -> s.name()).toList()),
                q.network() == null ? null : q.network().slug(), q.version());
    }

    QuestionForm withVersion(long newVersion) {
        return new QuestionForm(title, body, tags, skills, network, newVersion);
    }

    QuestionDraft draft() {
        return new QuestionDraft(title, body, QuestionInput.split(tags), QuestionInput.split(skills), network);
    }
}
