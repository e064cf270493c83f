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

    public void store(Person person) {
        if (person.id() == null) {
            em.persist(person);
        }
    }
}
