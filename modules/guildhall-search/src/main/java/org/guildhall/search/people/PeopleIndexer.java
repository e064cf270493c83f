package org.guildhall.search.people;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;
import org.guildhall.people.Profiles;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/** Keeps the people index in step with profiles. */
@ApplicationScoped
public class PeopleIndexer implements Indexer {

    public static final IndexDefinition INDEX =
            new IndexDefinition("guildhall-people", 1, "/search/people-v1.json");

    @Inject
    PersonRepository people;

    @Override
    public String aggregateType() {
        return Profiles.AGGREGATE;
    }

    @Override
    public IndexDefinition index() {
        return INDEX;
    }

    @Override
    @Transactional
    public List<BulkOperation> operations(Collection<Long> ids) {
        var found = people.findAll(ids);
        var gone = new HashSet<>(ids);
        found.forEach(p -> gone.remove(p.id()));
        return Stream.concat(
                found.stream().map(PeopleIndexer::index),
                gone.stream().map(id -> BulkOperation.of(b -> b.delete(d -> d.index(INDEX.alias()).id(id.toString()))))
        ).toList();
    }

    @Override
    @Transactional
    public List<Long> allIds() {
        return people.allIds();
    }

    private static BulkOperation index(Person person) {
        return BulkOperation.of(b -> b.index(i -> i.index(INDEX.alias())
                .id(person.id().toString())
                .document(PersonDocument.of(person))));
    }
}
