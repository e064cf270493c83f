package org.guildhall.network;

/** The slug belonged to a network that has been renamed; its current slug is {@link #slug()}. */
public class Renamed extends RuntimeException {

    private final String slug;

    public Renamed(String slug) {
        super("Moved to " + slug, null, false, false);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
