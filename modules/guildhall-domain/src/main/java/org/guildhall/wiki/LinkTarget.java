package org.guildhall.wiki;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A page that a page's current text links to with {@code [[Title]]}, whether or not it exists yet. */
@Embeddable
public record LinkTarget(
        @Column(name = "target_slug", nullable = false, length = WikiPage.SLUG_MAX) String slug,
        @Column(name = "target_title", nullable = false, length = PageDraft.TITLE_MAX) String title) {
}
