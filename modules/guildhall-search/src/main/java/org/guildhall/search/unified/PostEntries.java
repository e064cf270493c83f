package org.guildhall.search.unified;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.expertise.BlogEvidence;
import org.guildhall.expertise.Contribution;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkRepository;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/**
 * Posts and each of their comments as search entries, from the same reading of the database the
 * expertise evidence uses (published posts and live comments, with their audience).
 */
@ApplicationScoped
public class PostEntries implements Indexer {

    @Inject
    BlogEvidence blog;

    @Inject
    NetworkRepository networks;

    @Inject
    PersonRepository people;

    @Override
    public String aggregateType() {
        return blog.aggregateType();
    }

    @Override
    public IndexDefinition index() {
        return Entry.INDEX;
    }

    @Override
    @Transactional
    public List<Document> documents(Collection<Long> ids) {
        var evidence = blog.evidence(ids);
        var contributions = evidence.contributions();
        var slugs = networks.findAll(contributions.stream().map(Contribution::networkId).filter(Objects::nonNull)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Network::id, Network::slug));
        var names = people.findByUsernames(contributions.stream().map(Contribution::author).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Person::username, Function.identity()));
        var documents = new ArrayList<Document>();
        for (var c : contributions) {
            documents.add(new Document(c.id(), entry(c, slugs, names), c.aggregateId()));
        }
        evidence.gone().forEach(g -> documents.add(new Document(g.id(), null, g.aggregateId())));
        return documents;
    }

    private static Entry entry(Contribution c, Map<Long, String> slugs, Map<String, Person> people) {
        var author = people.get(c.author());
        return new Entry(c.kind(), c.title(), c.text(), c.tags(), c.tags(), c.networkId(), slugs.get(c.networkId()),
                c.networkName(), c.author(), author == null ? c.author() : author.displayName(),
                author == null || author.department() == null ? List.of() : List.of(author.department()),
                List.copyOf(c.readers().sorted()), c.at(), c.appreciation(), null, c.aggregateId(), c.link());
    }

    @Override
    public List<Long> idsAfter(long after, int limit) {
        return blog.idsAfter(after, limit);
    }

    @Override
    public long count() {
        return blog.count();
    }
}
