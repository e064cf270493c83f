package org.guildhall.wiki;

import java.util.LinkedHashMap;
import java.util.function.Supplier;

/**
 * The comparisons asked for most recently, per node, up to a total size. Revisions never change,
 * so a remembered comparison is never stale; the bound (in characters) keeps memory small even for
 * comparisons of long pages.
 */
final class RecentDiffs {

    private final long maxCharacters;
    private final LinkedHashMap<String, RevisionDiff> recent = new LinkedHashMap<>(64, 0.75f, true);
    private long characters;

    RecentDiffs(long maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    RevisionDiff get(String key, Supplier<RevisionDiff> compute) {
        synchronized (recent) {
            var known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        var computed = compute.get();
        long size = size(computed);
        if (size <= maxCharacters / 4) {
            synchronized (recent) {
                if (recent.put(key, computed) == null) {
                    characters += size;
                }
                var eldest = recent.entrySet().iterator();
                while (characters > maxCharacters && eldest.hasNext()) {
                    characters -= size(eldest.next().getValue());
                    eldest.remove();
                }
            }
        }
        return computed;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static long size(RevisionDiff diff) {
        long n = 0;
        for (var rows : java.util.List.of(diff.sideBySide(), diff.inline())) {
            for (var row : rows) {
                n += length(row.left()) + length(row.right()) + 16;
            }
        }
        return n;
    }
}
