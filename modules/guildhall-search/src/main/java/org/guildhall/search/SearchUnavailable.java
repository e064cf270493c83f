package org.guildhall.search;

/** Elasticsearch could not answer (or its index is being rebuilt); pages say so plainly, the API answers 503. */
public class SearchUnavailable extends RuntimeException {

    public SearchUnavailable(Throwable cause) {
        this("Search is temporarily unavailable", cause);
    }

    public SearchUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
