package org.guildhall.search.expertise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.guildhall.expertise.Contribution;
import org.guildhall.expertise.EvidenceSource;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/**
 * Keeps the contributions index (one document per piece of evidence, whatever its source) in step
 * with one {@link EvidenceSource}. Not a bean: the registry makes one per source.
 */
public class ContributionIndexer implements Indexer {

    public static final IndexDefinition INDEX = new IndexDefinition("contributions", 1, "/search/contributions-v1.json");

    private final EvidenceSource source;

    public ContributionIndexer(EvidenceSource source) {
        this.source = source;
    }

    /** What the contributions index holds for one contribution. */
    public record ContributionDocument(String kind, String author, String title, String text, List<String> tags,
                                       Long networkId, String networkName, List<String> readers, java.time.Instant at,
                                       int appreciation, String link) {
        static ContributionDocument of(Contribution c) {
            return new ContributionDocument(c.kind(), c.author(), c.title(), c.text(), c.tags(), c.networkId(),
                    c.networkName(), List.copyOf(c.readers().sorted()), c.at(), c.appreciation(), c.link());
        }
    }

    @Override
    public String aggregateType() {
        return source.aggregateType();
    }

    @Override
    public IndexDefinition index() {
        return INDEX;
    }

    @Override
    public List<Document> documents(Collection<Long> ids) {
        var evidence = source.evidence(ids);
        var documents = new ArrayList<Document>();
        evidence.contributions().forEach(c -> documents.add(new Document(c.id(), ContributionDocument.of(c), c.aggregateId())));
        evidence.gone().forEach(g -> documents.add(new Document(g.id(), null, g.aggregateId())));
        return documents;
    }

    @Override
    public List<Long> idsAfter(long after, int limit) {
        return source.idsAfter(after, limit);
    }

    @Override
    public long count() {
        return source.count();
    }
}
