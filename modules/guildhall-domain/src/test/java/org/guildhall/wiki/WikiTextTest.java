package org.guildhall.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.guildhall.text.Markdown;

class WikiTextTest {

    @Test
    void wiki_links_become_links_by_slug_but_not_inside_code() {
        var r = Markdown.renderWiki("See [[Getting Started]] and [[Release Process|how we release]], not `[[Code]]`.\n\n"
                + "```\n[[Fenced]]\n```", t -> "/networks/n/wiki/" + WikiPage.slugOf(t));
        assertThat(r.rendered().html())
                .contains("<a href=\"/networks/n/wiki/getting-started\"", ">Getting Started</a>")
                .contains("<a href=\"/networks/n/wiki/release-process\"", ">how we release</a>")
                .contains("<code>[[Code]]</code>", "[[Fenced]]");
        assertThat(r.linkedTitles()).containsExactly("Getting Started", "Release Process");
    }

    @Test
    void headings_get_ids_for_the_table_of_contents_and_script_is_still_escaped() {
        var r = Markdown.renderWiki("# Intro\n\n## Set up\n\n## Set up\n\n<script>alert(1)</script>", t -> "/x");
        assertThat(r.rendered().html()).contains("<h1 id=\"h-intro\">", "<h2 id=\"h-set-up\">", "<h2 id=\"h-set-up-2\">")
                .doesNotContain("<script>");
    }

    @Test
    void slugs_keep_letters_of_every_script_and_fold_accents() {
        assertThat(WikiPage.slugOf("Onboarding: Día 1")).isEqualTo("onboarding-dia-1");
        assertThat(WikiPage.slugOf("東京 オフィス")).isEqualTo("東京-オフィス");
        assertThat(WikiPage.slugOf("!!!")).isEqualTo("page");
    }

    @Test
    void edits_of_different_lines_merge_and_edits_of_the_same_line_conflict() {
        var base = "one\ntwo\nthree\n";
        var clean = Merge.of(base, "one\ntwo\nthree, theirs\n", "one, mine\ntwo\nthree\n", "revision 2 by Bob");
        assertThat(clean.conflicts()).isFalse();
        assertThat(clean.text()).isEqualTo("one, mine\ntwo\nthree, theirs\n");

        var clash = Merge.of(base, "one\nTWO by Bob\nthree\n", "one\nTWO by me\nthree\n", "revision 2 by Bob");
        assertThat(clash.conflicts()).isTrue();
        assertThat(clash.text()).contains("<<<<<<< your version", "TWO by me", "=======", "TWO by Bob", ">>>>>>> revision 2 by Bob");
        assertThat(Merge.hasMarkers(clash.text())).isTrue();
        assertThat(Merge.hasMarkers(clean.text())).isFalse();
    }

    @Test
    void a_diff_marks_changed_words_escapes_html_and_folds_long_unchanged_stretches() {
        var before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nThe quick <b> fox\n";
        var after = "a\nb\nc\nd\ne\nf\ng\nh\ni\nThe slow <b> fox\n";
        var summary = new RevisionSummary(1, "T", null, false, "u", "U", Instant.EPOCH, 1, 1, null);
        var diff = RevisionDiff.between(summary, before, new RevisionSummary(2, "T", null, false, "u", "U", Instant.EPOCH, 1, 0, null), after,
                RevisionDiff.Layouts.BOTH);
        assertThat(diff.sideBySide()).anyMatch(r -> r.isFold() && r.folded() > 0);
        var changed = diff.sideBySide().stream().filter(r -> "change".equals(r.change())).findFirst().orElseThrow();
        assertThat(changed.left()).contains("<del>quick</del>", "&lt;b&gt;");
        assertThat(changed.right()).contains("<ins>slow</ins>");
        assertThat(diff.inline().stream().filter(r -> "change".equals(r.change())).findFirst().orElseThrow().left())
                .contains("<del>quick</del>", "<ins>slow</ins>");
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void a_revision_remembers_only_the_lines_it_added() {
        assertThat(WikiRevision.added("keep\nold line\n", "keep\nnew line\nmore\n")).isEqualTo("new line\nmore");
        assertThat(WikiRevision.added("same\n", "same\n")).isEmpty();
    }
}
