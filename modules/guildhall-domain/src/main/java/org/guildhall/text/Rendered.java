package org.guildhall.text;

/**
 * Markdown as it is shown, computed once when it is written: sanitised HTML, the plain text
 * (for search and feeds), a plain-text excerpt for lists and the reading time.
 *
 * @param version the {@link Markdown#VERSION} that rendered it, so a changed renderer can re-render old text
 */
public record Rendered(String html, String text, String excerpt, int minutes, int version) {

    public static final int EXCERPT_LENGTH = 280;
}
