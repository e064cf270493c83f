package org.guildhall.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The people Guildhall knows, looked up by username (unique, indexed) or id. */
@ApplicationScoped
public class PersonRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Person> find(String username) {
        return em.createQuery("select p from Person p where p.username = :username", Person.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** The person this email (any case) belongs to. */
    public Optional<Person> findByEmail(String email) {
        return em.createQuery("select p from Person p where p.emailKey = :key", Person.class)
                .setParameter("key", Person.keyOf(email)).getResultStream().findFirst();
    }

    /** The people HR knows by these employee ids. */
    public List<Person> findByEmployeeIds(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.employeeId in :ids", Person.class)
                .setParameter("ids", employeeIds).getResultList();
    }

    /** The people with these emails, lower-cased. */
    public List<Person> findByEmailKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.emailKey in :keys", Person.class)
                .setParameter("keys", keys).getResultList();
    }

    public List<Person> findByUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.username in :names", Person.class)
                .setParameter("names", usernames).getResultList();
    }

    public Optional<Person> managerOf(Person person) {
        return em.createQuery("select m from Person p join p.manager m where p.id = :id", Person.class)
                .setParameter("id", person.id()).getResultStream().findFirst();
    }

    /** Direct reports, by name. */
    public List<Person> reportsOf(Person manager) {
        return em.createQuery("select p from Person p where p.manager = :manager order by p.displayName", Person.class)
                .setParameter("manager", manager).getResultList();
    }

    public List<Person> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Ids after {@code after}, in order, for rebuilding an index in chunks. */
    public List<Long> idsAfter(long after, int limit) {
        return em.createQuery("select p.id from Person p where p.id > :after order by p.id", Long.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    /** Every department someone belongs to, alphabetically. */
    public List<String> departments() {
        return em.createQuery("select distinct p.department from Person p where p.department is not null order by p.department",
                String.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    }

    /** A bulk update, so the profile's version (and anyone's pending edit) is untouched. */
    public void recordSignIn(Person person, Instant when) {
        em.createQuery("update Person p set p.lastSignInAt = :when where p.id = :id")
                .setParameter("when", when).setParameter("id", person.id()).executeUpdate();
    }

    /** Writes pending changes now (a renamed profile must free its name before another takes it). */
    public void flush() {
        em.flush();
    }

    public void store(Person person) {
        if (person.id() == null) {
            em.persist(person);
        }
    }

    /** Usernames of the people (still here) this filter admits, at most {@code limit}. */
    public List<String> usernamesMatching(PeopleFilter filter, int limit) {
        var jpql = new StringBuilder("select p.username from Person p where p.leftAt is null");
        if (filter.department() != null) jpql.append(" and p.department = :department");
        if (filter.location() != null) jpql.append(" and lower(p.location) like :location");
        if (filter.language() != null) jpql.append(" and lower(concat(';', p.languages, ';')) like :language");
        if (filter.openToQuestions()) jpql.append(" and p.openToQuestions = true");
        if (filter.openToMentoring()) jpql.append(" and p.openToMentoring = true");
        if (filter.openToProjects()) jpql.append(" and p.openToProjects = true");
        if (filter.talentDiscovery()) jpql.append(" and p.talentDiscovery = true");
        var query = em.createQuery(jpql.toString(), String.class);
        if (filter.department() != null) query.setParameter("department", filter.department());
        if (filter.location() != null) query.setParameter("location", "%" + filter.location().toLowerCase(java.util.Locale.ROOT) + "%");
        if (filter.language() != null) query.setParameter("language", "%;" + filter.language().toLowerCase(java.util.Locale.ROOT) + ";%");
        return query.setMaxResults(limit).getResultList();
    }

    /** People by username who are still here and whom the filter admits. */
    public List<Person> admitted(java.util.Collection<String> usernames, PeopleFilter filter) {
        return findByUsernames(usernames).stream().filter(filter::admits).toList();
    }
}
