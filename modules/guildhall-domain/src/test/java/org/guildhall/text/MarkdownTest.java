package org.guildhall.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void renders_the_allowed_formatting() {
        var html = Markdown.html("## Title\n\n- one\n- **two**\n\n```java\nint x;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![logo](https://example.com/l.png)");
        assertThat(html).contains("<h2>Title</h2>", "<strong>two</strong>", "<code class=\"language-java\">",
                "<table>", "<img src=\"https://example.com/l.png\" alt=\"logo\" />");
    }

    @Test
    void raw_html_and_script_urls_do_not_survive() {
        var html = Markdown.html("<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) <svg onload=alert(4)>");
        assertThat(html).doesNotContain("<script", "onerror=", "href=\"javascript", "<svg");
    }

    @Test
    void links_are_marked_nofollow_and_mentions_link_to_profiles() {
        var html = Markdown.html("Thanks @alice and [docs](https://example.com), not `@code` or me@example.com");
        assertThat(html).contains("<a href=\"/people/alice\" rel=\"nofollow noopener noreferrer\">&#64;alice</a>")
                .contains("<a href=\"https://example.com\" rel=\"nofollow noopener noreferrer\">docs</a>")
                .contains("<code>&#64;code</code>")
                .doesNotContain("/people/example.com");
    }

    @Test
    void plain_text_and_reading_time_ignore_markup() {
        assertThat(Markdown.text("# Hi\n\n**bold** text")).contains("Hi").contains("bold text").doesNotContain("**");
        assertThat(Markdown.readingMinutes("word ".repeat(700))).isEqualTo(3);
        assertThat(Markdown.readingMinutes("short")).isEqualTo(1);
    }

    @Test
    void a_rendering_keeps_words_not_syntax_for_excerpts_and_search() {
        var r = Markdown.render("## Results\n\nThanks @priya and [the docs](https://example.com)!\n\n| Metric | Before | After |\n|---|---|---|\n| p95 | 80 ms | 40 ms |");
        assertThat(r.html()).contains("<h2>Results</h2>", "<table>");
        assertThat(r.excerpt()).isEqualTo("Results Thanks @priya and the docs! Metric Before After p95 80 ms 40 ms");
        assertThat(r.text()).doesNotContain("https://", "|", "/people/");
        assertThat(r.version()).isEqualTo(Markdown.VERSION);
    }

    @Test
    void excerpts_stop_at_a_word_boundary() {
        var r = Markdown.render("word ".repeat(100));
        assertThat(r.excerpt()).endsWith("word …").hasSizeLessThanOrEqualTo(Rendered.EXCERPT_LENGTH + 2);
        assertThat(Markdown.render("Café — merci 🚀").excerpt()).isEqualTo("Café — merci 🚀");
    }

    @Test
    void mentions_are_the_names_linked_outside_code_each_once() {
        assertThat(Markdown.mentions("Ask @bob and @carmen.ruiz, or @bob again; not `@alice` nor mail@example.com"))
                .containsExactly("bob", "carmen.ruiz");
        assertThat(Markdown.mentions(null)).isEmpty();
    }
}
