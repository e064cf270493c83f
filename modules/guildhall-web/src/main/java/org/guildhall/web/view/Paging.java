package org.guildhall.web.view;

import org.guildhall.web.error.InvalidRequest;

/** Page and size from query parameters: numbers from 1, size at most {@value #MAX_SIZE}. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 500;

    public static Paging of(String page, String size, int defaultSize) {
        return new Paging(number("page", page, 1, MAX_PAGE), number("size", size, defaultSize, MAX_SIZE));
    }

    /**
     * The same, for a search, whose results go no deeper than {@code window} (Elasticsearch's
     * result window): a page beyond it is the caller's mistake, named as such.
     */
    public Paging within(int window) {
        if ((long) page * size > window) {
            throw new InvalidRequest("Search results go " + window + " deep: with " + size + " per page, 'page' can be at most "
                    + window / size + ". Narrow the search instead.");
        }
        return this;
    }

    private static int number(String name, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequest("'" + name + "' must be a whole number from 1 to " + max + ", not '" + value + "'");
    }
}
