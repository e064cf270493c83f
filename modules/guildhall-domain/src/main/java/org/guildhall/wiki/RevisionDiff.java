package org.guildhall.wiki;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * Two revisions compared word by word (java-diff-utils), as rows for a side-by-side view and as
 * lines for an inline view. Text is HTML-escaped by the generator; only its {@code <del>} and
 * {@code <ins>} marks are markup. Long unchanged stretches are folded to a few lines of context.
 */
public record RevisionDiff(RevisionSummary from, RevisionSummary to, List<Row> sideBySide, List<Row> inline, boolean titleChanged) {

    static final int CONTEXT = 3;

    /** A line (or a fold of {@code folded} unchanged lines, when that is positive), with its change. */
    public record Row(String change, String left, String right, int folded) {
        public boolean isFold() {
            return folded > 0;
        }
    }

    /** Which layouts to compute: a word diff of a long, much-changed page costs milliseconds per layout. */
    public enum Layouts {
        SIDE_BY_SIDE, INLINE, BOTH
    }

    static RevisionDiff between(RevisionSummary from, String fromBody, RevisionSummary to, String toBody, Layouts layouts) {
        var old = Arrays.asList(fromBody.split("\n", -1));
        var now = Arrays.asList(toBody.split("\n", -1));
        return new RevisionDiff(from, to,
                layouts == Layouts.INLINE ? List.of() : rows(generator(false).generateDiffRows(old, now)),
                layouts == Layouts.SIDE_BY_SIDE ? List.of() : rows(generator(true).generateDiffRows(old, now)),
                !from.title().equals(to.title()));
    }

    private static DiffRowGenerator generator(boolean inline) {
        return DiffRowGenerator.create()
                .showInlineDiffs(true)
                .inlineDiffByWord(true)
                .mergeOriginalRevised(inline)
                .oldTag(start -> start ? "<del>" : "</del>")
                .newTag(start -> start ? "<ins>" : "</ins>")
                .build();
    }

    private static List<Row> rows(List<DiffRow> diff) {
        var rows = new ArrayList<Row>();
        int i = 0;
        while (i < diff.size()) {
            if (diff.get(i).getTag() != DiffRow.Tag.EQUAL) {
                rows.add(row(diff.get(i++)));
                continue;
            }
            int end = i;
            while (end < diff.size() && diff.get(end).getTag() == DiffRow.Tag.EQUAL) {
                end++;
            }
            int keepBefore = i == 0 ? 0 : CONTEXT;
            int keepAfter = end == diff.size() ? 0 : CONTEXT;
            if (end - i > keepBefore + keepAfter + 1) {
                diff.subList(i, i + keepBefore).forEach(r -> rows.add(row(r)));
                rows.add(new Row("fold", "", "", end - i - keepBefore - keepAfter));
                diff.subList(end - keepAfter, end).forEach(r -> rows.add(row(r)));
            } else {
                diff.subList(i, end).forEach(r -> rows.add(row(r)));
            }
            i = end;
        }
        return rows;
    }

    private static Row row(DiffRow r) {
        return new Row(r.getTag().name().toLowerCase(java.util.Locale.ROOT), r.getOldLine(), r.getNewLine(), 0);
    }

    public boolean isEmpty() {
        return (sideBySide.isEmpty() ? inline : sideBySide).stream().allMatch(r -> r.isFold() || "equal".equals(r.change()))
                && !titleChanged;
    }
}
