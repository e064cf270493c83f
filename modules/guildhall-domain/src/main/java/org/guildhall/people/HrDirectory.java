package org.guildhall.people;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.outbox.Outbox;

/**
 * The HR directory's view of people, applied in chunks by the importer: creates people before
 * they ever sign in, keeps HR-owned fields in step, links managers and marks who left.
 */
@ApplicationScoped
public class HrDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonRepository people;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** What a chunk did: people created or changed, and those already as HR describes them. */
    public record Applied(int changed, int unchanged) {
    }

    /**
     * Creates or updates each person: found by employee id, else by email (someone who signed in
     * before HR was imported), else created with a sign-in name not yet taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Applied apply(List<HrRecord> records) {
        var now = clock.instant();
        var byEmployee = index(people.findByEmployeeIds(ids(records, HrRecord::employeeId)), Person::employeeId);
        var byEmail = index(people.findByEmailKeys(ids(records, r -> Person.keyOf(r.email()))), Person::emailKey);
        var taken = people.findByUsernames(ids(records, HrRecord::likelyUsername)).stream()
                .map(Person::username).collect(Collectors.toCollection(HashSet::new));
        int changed = 0;
        for (var record : records) {
            var person = byEmployee.getOrDefault(record.employeeId(), byEmail.get(Person.keyOf(record.email())));
            if (person == null) {
                person = Person.hired(record, freeUsername(record.likelyUsername(), taken), now);
                people.store(person);
                changed++;
                outbox.append(Profiles.AGGREGATE, person.id());
            } else if (person.takeFromHr(record, now)) {
                changed++;
                outbox.append(Profiles.AGGREGATE, person.id());
            }
        }
        return new Applied(changed, records.size() - changed);
    }

    /**
     * The person imported content names: the one known by employee id, email or sign-in name
     * (in that order), else a new profile, as HR would create it. Answers the id and whether it is new.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Known findOrCreate(String employeeId, String email, String name, String username, String department, String title) {
        var found = (employeeId == null ? java.util.Optional.<Person>empty()
                : people.findByEmployeeIds(List.of(employeeId)).stream().findFirst())
                .or(() -> people.findByEmail(email))
                .or(() -> username == null ? java.util.Optional.empty() : people.find(username));
        if (found.isPresent()) {
            return new Known(found.get().id(), false);
        }
        var wanted = username != null ? username : email.substring(0, email.indexOf('@')).toLowerCase(java.util.Locale.ROOT);
        var taken = people.findByUsernames(List.of(wanted)).stream().map(Person::username)
                .collect(Collectors.toCollection(HashSet::new));
        var person = Person.from(new Identity(freeUsername(wanted, taken), name, email, department, title), clock.instant());
        people.store(person);
        outbox.append(Profiles.AGGREGATE, person.id());
        return new Known(person.id(), true);
    }

    /** A person's id, and whether the import created them. */
    public record Known(long id, boolean created) {
    }

    /** Sets each employee's manager (null: none); answers how many changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int linkManagers(Map<String, String> managerOf) {
        var involved = new HashSet<>(managerOf.keySet());
        managerOf.values().stream().filter(java.util.Objects::nonNull).forEach(involved::add);
        var byEmployee = index(people.findByEmployeeIds(involved), Person::employeeId);
        int changed = 0;
        for (var entry : managerOf.entrySet()) {
            var person = byEmployee.get(entry.getKey());
            var manager = entry.getValue() == null ? null : byEmployee.get(entry.getValue());
            if (person != null && person.manager() != manager) {
                person.reportsTo(manager);
                changed++;
            }
        }
        return changed;
    }

    /** Employee ids HR knows in Guildhall, for checking a file's manager references and who left. */
    @Transactional
    public Set<String> employeeIds() {
        return new HashSet<>(em.createQuery("select p.employeeId from Person p where p.employeeId is not null", String.class)
                .getResultList());
    }

    /** A full import did not list these people: they left. Their content stays theirs. */
    @Transactional
    public int markLeft(Collection<String> employeeIds) {
        var now = clock.instant();
        var leaving = people.findByEmployeeIds(employeeIds).stream().filter(p -> !p.hasLeft()).toList();
        leaving.forEach(person -> {
            person.left(now);
            outbox.append(Profiles.AGGREGATE, person.id());
        });
        return leaving.size();
    }

    /** The wanted sign-in name, or it numbered ("jsmith2"), neither taken in this chunk nor in the database. */
    private String freeUsername(String wanted, Set<String> taken) {
        var name = wanted;
        for (int n = 2; !taken.add(name) || people.find(name).isPresent(); n++) {
            name = wanted + n;
        }
        return name;
    }

    private static <T> Set<String> ids(Collection<T> records, Function<T, String> id) {
        return records.stream().map(id).collect(Collectors.toSet());
    }

    private static Map<String, Person> index(List<Person> found, Function<Person, String> key) {
        var map = new HashMap<String, Person>();
        found.forEach(p -> map.put(key.apply(p), p));
        return map;
    }
}
