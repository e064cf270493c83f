package org.guildhall.web.wiki;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.FormParam;

import org.guildhall.wiki.PageDraft;
import org.guildhall.wiki.WikiPage;

/**
 * The page form's fields as typed: tags comma-separated; hidden, the revision the edit started from
 * and the parent the page had then (so that a save moves the page only when its editor chose to).
 */
public record WikiForm(String title, String body, String tags, String summary, boolean minor, String parent, String baseParent,
                       Integer baseRevision) {

    /** Bound from the posted form. */
    public static class Fields {
        @FormParam("title") public String title;
        @FormParam("body") public String body;
        @FormParam("tags") public String tags;
        @FormParam("summary") public String summary;
        @FormParam("minor") public String minor;
        @FormParam("parent") public String parent;
        @FormParam("baseParent") public String baseParent;
        @FormParam("baseRevision") public Integer baseRevision;

        WikiForm form() {
            return new WikiForm(title, body, tags, summary, "on".equals(minor) || "true".equals(minor), parent, baseParent, baseRevision);
        }
    }

    static WikiForm blank(String title, String parent) {
        return new WikiForm(title == null ? "" : title, "", "", "", false, parent, null, null);
    }

    static WikiForm of(WikiPage page) {
        var parent = page.parent() == null ? PageDraft.TOP : page.parent().slug();
        return new WikiForm(page.title(), page.body(), String.join(", ", page.tags()), "", false, parent, parent, page.revision());
    }

    /** The same edit, now to be saved on top of {@code revision}, with the text the editor must resolve. */
    WikiForm rebased(int revision, String text) {
        return new WikiForm(title, text, tags, summary, minor, parent, baseParent, revision);
    }

    /** The edit as the domain takes it: a parent only when the editor changed it (someone may have moved the page meanwhile). */
    PageDraft draft() {
        var moved = baseParent == null || !baseParent.equals(parent) ? parent : null;
        return new PageDraft(title, body, tags(tags), summary, minor, moved, baseRevision);
    }

    /** A review date as typed (ISO, as a date field sends it); blank for none. */
    static java.time.LocalDate reviewDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.guildhall.access.InvalidField("reviewBy", "Give the review date as a date, for example 2027-03-31.");
        }
    }

    static List<String> tags(String typed) {
        return typed == null || typed.isBlank() ? List.of() : Arrays.stream(typed.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
