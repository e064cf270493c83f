package org.guildhall.search.unified;

import java.time.Instant;
import java.util.List;

import org.guildhall.search.expertise.EvidenceItem;

/**
 * One thing found, as the results page and the API show it.
 *
 * @param titleHtml the title, HTML-escaped, with the matched words in {@code <mark>}
 * @param snippet   HTML-escaped text around the match, with {@code <mark>}; null when only the title matched
 * @param stale     a wiki page past its review date
 * @param evidence  for a person: what they wrote on the subject that the viewer may read
 */
public record Result(ResultType type, String title, String titleHtml, String snippet, String link, String networkSlug,
                     String networkName, String author, String authorName, Instant at, int appreciation, boolean stale,
                     List<EvidenceItem> evidence) {

    Result withEvidence(List<EvidenceItem> found) {
        return new Result(type, title, titleHtml, snippet, link, networkSlug, networkName, author, authorName, at, appreciation,
                stale, List.copyOf(found));
    }
}
