package org.guildhall.search;

/** Elasticsearch could not answer; pages show a friendly message and the API a 503. */
public class SearchUnavailable extends RuntimeException {
    public SearchUnavailable(Throwable cause) {
        super("Search is temporarily unavailable", cause);
    }
}
