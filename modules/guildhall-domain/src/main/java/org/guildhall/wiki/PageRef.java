package org.guildhall.wiki;

/** A page by its address and title, for links, trees and lists. */
public record PageRef(Long id, Long parentId, String slug, String title, boolean restricted, java.time.LocalDate reviewBy) {

    public PageRef(String slug, String title) {
        this(null, null, slug, title, false, null);
    }
}
