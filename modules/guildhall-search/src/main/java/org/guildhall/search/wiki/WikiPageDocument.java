package org.guildhall.search.wiki;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.access.AccessPolicy;
import org.guildhall.wiki.WikiPage;

/** What the wiki index holds for a page: its latest text, where it lives, who may read it and when it is due for review. */
public record WikiPageDocument(String title, String slug, String body, List<String> tags, String owner, Long networkId,
                               String networkSlug, String networkName, List<String> readers, Instant updatedAt,
                               LocalDate reviewBy) {

    static WikiPageDocument of(WikiPage p) {
        var n = p.network();
        return new WikiPageDocument(p.title(), p.slug(), p.text(), p.tags(), p.owner().username(), n.id(), n.slug(), n.name(),
                List.copyOf(AccessPolicy.audienceOf(n).sorted()), p.updatedAt(), p.reviewBy());
    }
}
