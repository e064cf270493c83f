package org.guildhall.search.unified;

import java.util.List;
import java.util.Map;

import org.guildhall.paging.Page;

/**
 * What one search found: a page of results, the counts behind each facet value (among what the
 * viewer may see), and, when the words as typed found nothing, the correction that did.
 *
 * @param correctedTo the words the results are for, when the typed ones found nothing; null otherwise
 * @param didYouMean  a close query that finds something, offered when nothing was found; null otherwise
 * @param fuzzy       the results are close matches (typo tolerance), not exact ones
 */
public record Results(SearchQuery query, Page<Result> page, Map<String, List<Facet>> facets, String correctedTo,
                      String didYouMean, boolean fuzzy) {

    /** A facet value: what it is, how to show it, how many results it has, and whether it is picked. */
    public record Facet(String value, String label, long count, boolean selected) {
    }

    public static Results none(SearchQuery query, int page, int size) {
        return new Results(query, Page.empty(page, size), Map.of(), null, null, false);
    }
}
