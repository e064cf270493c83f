package org.guildhall.expertise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Reader;
import org.guildhall.wiki.WikiEditor;
import org.guildhall.wiki.WikiPage;
import org.guildhall.wiki.WikiRepository;

/**
 * Wiki edits as evidence: on each page, each author's contribution is what their revisions added
 * (new and changed lines; minor edits and removals say nothing of what they know), dated by their
 * latest edit, read by the page's audience and carrying the page's tags.
 */
@ApplicationScoped
public class WikiEvidence implements EvidenceSource {

    private static final int TEXT_MAX = 20_000;

    @Inject
    WikiRepository wikis;

    @Override
    public String aggregateType() {
        return WikiEditor.AGGREGATE;
    }

    @Override
    @Transactional
    public Evidence evidence(Collection<Long> pageIds) {
        var pages = wikis.forIndexing(pageIds).stream().collect(Collectors.toMap(WikiPage::id, p -> p));
        var written = new LinkedHashMap<String, Written>();
        for (var row : wikis.contributions(pages.keySet())) {
            var pageId = (Long) row[0];
            var author = (String) row[1];
            written.computeIfAbsent(key(pageId, author), k -> new Written(pageId, author, (Instant) row[2], new StringBuilder()))
                    .add((String) row[3]);
        }
        var contributions = new ArrayList<Contribution>();
        written.forEach((id, w) -> contributions.add(of(id, pages.get(w.pageId()), w)));
        return new Evidence(contributions, List.of());
    }

    private static Contribution of(String id, WikiPage page, Written w) {
        var n = page.network();
        return new Contribution(id, page.id(), "wiki", w.author(), page.title(), w.text().toString().strip(),
                page.tags().stream().map(SkillKey::of).distinct().toList(), n.id(), n.name(), AccessPolicy.audienceOf(n),
                w.latest(), 0, "/networks/" + n.slug() + "/wiki/" + page.slug());
    }

    private record Written(Long pageId, String author, Instant latest, StringBuilder text) {
        void add(String added) {
            if (added != null && !added.isBlank() && text.length() < TEXT_MAX) {
                text.append(added, 0, Math.min(added.length(), TEXT_MAX - text.length())).append('\n');
            }
        }
    }

    private static String key(long pageId, String author) {
        return "wiki-" + pageId + ":" + author;
    }

    @Override
    @Transactional
    public Set<String> readable(Reader reader, Collection<String> contributionIds) {
        Map<String, Long> pageOf = new HashMap<>();
        for (var id : contributionIds) {
            if (id.startsWith("wiki-") && id.indexOf(':') > 5) {
                try {
                    pageOf.put(id, Long.valueOf(id.substring(5, id.indexOf(':'))));
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
        var readable = new HashSet<Long>();
        wikis.readable(Set.copyOf(pageOf.values()), reader).forEach(p -> readable.add(p.id()));
        return pageOf.entrySet().stream().filter(e -> readable.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Override
    @Transactional
    public List<Long> idsAfter(long after, int limit) {
        return wikis.idsAfter(after, limit);
    }

    @Override
    @Transactional
    public long count() {
        return wikis.count();
    }
}
