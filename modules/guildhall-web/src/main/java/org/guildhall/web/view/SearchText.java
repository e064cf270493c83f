package org.guildhall.web.view;

import org.guildhall.web.error.InvalidRequest;

/** What someone typed into a search box, bounded: a novel pasted into it is their mistake, not a 503. */
public final class SearchText {

    public static final int MAX_LENGTH = 500;

    private SearchText() {
    }

    public static String of(String q) {
        if (q != null && q.length() > MAX_LENGTH) {
            throw new InvalidRequest("Search text can be at most " + MAX_LENGTH + " characters; this one has " + q.length() + ".");
        }
        return q;
    }
}
