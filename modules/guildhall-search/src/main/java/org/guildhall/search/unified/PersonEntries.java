package org.guildhall.search.unified;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.Grants;
import org.guildhall.expertise.SkillKey;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;
import org.guildhall.people.Profiles;
import org.guildhall.search.IndexDefinition;
import org.guildhall.search.Indexer;

/**
 * People as search entries, found by every employee (as the directory is): their name, title,
 * department, what they say about themselves and the skills they declared. What they are
 * inferred to know is not stored here: it depends on who is looking, and is computed per search.
 * A person is the author of their own entry.
 */
@ApplicationScoped
public class PersonEntries implements Indexer {

    @Inject
    PersonRepository people;

    @PersistenceContext
    EntityManager em;

    @Override
    public String aggregateType() {
        return Profiles.AGGREGATE;
    }

    @Override
    public IndexDefinition index() {
        return Entry.INDEX;
    }

    @Override
    @Transactional
    public List<Document> documents(Collection<Long> ids) {
        var skills = declaredSkills(ids);
        return Indexer.indexOrDelete(ids, people.findAll(ids), Person::id, p -> entry(p, skills.getOrDefault(p.id(), List.of())))
                .stream().map(d -> new Document("person-" + d.id(), d.source(), d.aggregateId())).toList();
    }

    private static Entry entry(Person p, List<String> skills) {
        var text = Stream.of(p.title(), p.about(), p.location(), p.interests(), String.join(", ", skills))
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));
        return new Entry(ResultType.PERSON.key(), p.displayName(), text, List.of(),
                skills.stream().map(SkillKey::of).distinct().toList(), null, null, null, p.username(), p.displayName(),
                p.department() == null ? List.of() : List.of(p.department()), List.of(Grants.EVERYONE), p.updatedAt(), 0,
                null, p.id(), "/people/" + p.username());
    }

    private Map<Long, List<String>> declaredSkills(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d.person.id, d.skill.name from DeclaredSkill d where d.person.id in :ids order by d.level desc",
                        Object[].class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> (String) row[1], Collectors.toList())));
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
