package org.guildhall.wiki;

/** An old address of a renamed page: a permanent redirect to the same view under its current slug. */
public class PageMoved extends RuntimeException {

    private final String slug;

    public PageMoved(String slug) {
        super("This page is now at " + slug);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
