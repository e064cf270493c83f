package org.guildhall.web.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.guildhall.search.expertise.EvidenceItem;
import org.guildhall.search.unified.Result;
import org.guildhall.search.unified.Results;

/** What {@code /api/v1/search} answers: a page of results, facets with counts, and any correction. */
public record SearchJson(List<Item> items, long total, int page, int size, int pages, Map<String, List<Results.Facet>> facets,
                         String correctedTo, String didYouMean, boolean fuzzy) {

    /** One result; {@code titleHtml} and {@code snippet} are HTML-escaped with {@code <mark>} around matches. */
    public record Item(String type, String title, String titleHtml, String snippet, String url, Network network, Person author,
                       Instant at, int thanks, boolean stale, List<EvidenceItem> evidence) {
    }

    public record Network(String slug, String name) {
    }

    public record Person(String username, String name) {
    }

    static SearchJson of(Results results) {
        var page = results.page();
        return new SearchJson(page.items().stream().map(SearchJson::item).toList(), page.total(), page.page(), page.size(),
                page.pages(), results.facets(), results.correctedTo(), results.didYouMean(), results.fuzzy());
    }

    private static Item item(Result r) {
        return new Item(r.type().key(), r.title(), r.titleHtml(), r.snippet(), r.link(),
                r.networkSlug() == null ? null : new Network(r.networkSlug(), r.networkName()),
                r.author() == null ? null : new Person(r.author(), r.authorName()), r.at(), r.appreciation(), r.stale(),
                r.evidence());
    }
}
