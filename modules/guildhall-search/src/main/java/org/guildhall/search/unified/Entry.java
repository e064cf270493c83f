package org.guildhall.search.unified;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.search.IndexDefinition;

/**
 * What the one search index holds for anything a person can find (see /search/everything-v1.json):
 * the same fields whatever its type, so results, facets and typeahead treat every type alike and a
 * new content type only needs an indexer that produces entries.
 *
 * @param type        a {@link ResultType} key
 * @param readers     the grant keys of who may find it (the one visibility rule, as stored)
 * @param at          when it was published or last changed; entries dated in the future are not found yet
 * @param reviewBy    a wiki page's review date: past it, the page is stale and ranks a little lower
 * @param aggregateId the outbox aggregate it is rebuilt from (a comment's post), to heal a stale hit
 * @param link        where to open it, an application path
 */
public record Entry(String type, String title, String text, List<String> tags, List<String> skills, Long networkId,
                    String networkSlug, String networkName, String author, String authorName, List<String> department,
                    List<String> readers, Instant at, int appreciation, LocalDate reviewBy, long aggregateId, String link) {

    public static final IndexDefinition INDEX = new IndexDefinition("everything", 1, "/search/everything-v1.json");
}
