package org.guildhall.wiki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;

/**
 * A three-way merge of two edits of one text made from the same base, line by line, by JGit's
 * merge algorithm (what {@code git merge} does). Where both changed the same lines, the result
 * holds both versions between Git's conflict markers.
 */
public record Merge(String text, boolean conflicts) {

    public static final String YOURS = "your version";

    /** {@code theirs} is what was saved meanwhile, labelled for the markers (for example "revision 7 by Bob"). */
    public static Merge of(String base, String theirs, String mine, String theirsLabel) {
        var result = new MergeAlgorithm().merge(RawTextComparator.DEFAULT, raw(base), raw(mine), raw(theirs));
        var out = new ByteArrayOutputStream();
        try {
            new MergeFormatter().formatMerge(out, result, List.of("base", YOURS, theirsLabel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var text = out.toString(StandardCharsets.UTF_8);
        return new Merge(text.endsWith("\n") && !mine.endsWith("\n") ? text.substring(0, text.length() - 1) : text,
                result.containsConflicts());
    }

    /** Whether a text still holds conflict markers that its editor has not resolved. */
    public static boolean hasMarkers(String text) {
        // Only the markers a merge here writes: a page may well explain Git's own conflict markers.
        return text.lines().anyMatch(l -> l.equals("<<<<<<< " + YOURS)) && text.lines().anyMatch(l -> l.startsWith(">>>>>>> revision "));
    }

    private static RawText raw(String text) {
        return new RawText((text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
