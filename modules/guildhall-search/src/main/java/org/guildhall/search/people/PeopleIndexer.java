package org.guildhall.search.people;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;
import org.guildhall.people.Profiles;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/** Keeps the people index in step with profiles. */
@ApplicationScoped
public class PeopleIndexer implements Indexer {

    public static final IndexDefinition INDEX =
            new IndexDefinition("people", 1, "/search/people-v1.json");

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
    public List<Document> documents(Collection<Long> ids) {
        return Indexer.indexOrDelete(ids, people.findAll(ids), Person::id, PersonDocument::of);
    }

    @Override
    @Transactional
    public List<Long> idsAfter(long after, int limit) {
        return people.idsAfter(after, limit);
    }

    @Override
    @Transactional
    public long count() {
        return people.count();
    }

}
