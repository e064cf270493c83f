package org.guildhall.web.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.guildhall.paging.Page;

/**
 * Links to other pages of the list the reader is looking at: the same address and filters, with
 * another {@code page}. Page numbers shown are the first, the last and those near the current
 * one, with gaps between ("1 … 4 5 6 … 20"); no link ever points outside the list.
 */
public final class PageLinks {

    /** A gap in the row of numbers. */
    public static final int GAP = -1;

    private final String path;
    private final String query;

    PageLinks(String path, String query) {
        this.path = path;
        this.query = query;
    }

    /** This address at page {@code n} (page 1 leaves the parameter out). */
    public String to(int n) {
        return at(path, query, n);
    }

    /**
     * A raw (still encoded) path and query at page {@code n}: the other parameters kept as they
     * came, byte for byte (a URI template would read a typed "{" as a variable).
     */
    static String at(String rawPath, String rawQuery, int n) {
        var parameters = new ArrayList<String>();
        if (rawQuery != null) {
            Arrays.stream(rawQuery.split("&"))
                    .filter(p -> !p.isEmpty() && !p.equals("page") && !p.startsWith("page="))
                    .forEach(parameters::add);
        }
        if (n > 1) {
            parameters.add("page=" + n);
        }
        return parameters.isEmpty() ? rawPath : rawPath + "?" + String.join("&", parameters);
    }

    /**
     * The last page a reader may ask for: the list's, but no deeper than {@link Paging#MAX_PAGE}
     * or 10,000 items (search's window) — beyond that, filters find things faster than paging.
     */
    public int last(Page<?> page) {
        return Math.max(1, Math.min(page.pages(), Math.min(Paging.MAX_PAGE, 10_000 / page.size())));
    }

    public boolean hasNext(Page<?> page) {
        return page.page() < last(page);
    }

    /** The numbers to show for this page of the list, with {@link #GAP}s. */
    public List<Integer> numbers(Page<?> page) {
        int last = last(page);
        int current = Math.min(page.page(), last);
        var shown = new ArrayList<Integer>();
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - current) <= 2) {
                if (!shown.isEmpty() && shown.get(shown.size() - 1) != n - 1) {
                    shown.add(GAP);
                }
                shown.add(n);
            }
        }
        return shown;
    }
}
