package org.guildhall.web.wiki;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;


/** A page's table of contents, read from the ids its stored HTML gives its headings. */
public record Toc(List<Entry> entries) {

    private static final Pattern HEADING = Pattern.compile("<h([1-6]) id=\"(h-[^\"]+)\">(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** {@code html}: the heading's words as sanitised HTML without its tags (entities stay escaped). */
    public record Entry(int level, String id, String html) {
    }

    static Toc of(String html) {
        var entries = new ArrayList<Entry>();
        var m = HEADING.matcher(html);
        while (m.find()) {
            entries.add(new Entry(Integer.parseInt(m.group(1)), m.group(2), TAG.matcher(m.group(3)).replaceAll("")));
        }
        return new Toc(entries);
    }

    /** Worth showing: a page with three headings or more. */
    public boolean isUseful() {
        return entries.size() >= 3;
    }
}
