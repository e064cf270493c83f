package org.guildhall.activity;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.guildhall.access.Reader;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkRepository;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;

/**
 * Networks and people to suggest to someone: networks whose topics are the tags they follow,
 * write about or the skills they declared, which they may see and have not joined; people who
 * declared the same skills, whom they do not follow yet. Most in common first.
 */
@ApplicationScoped
public class Suggestions {

    static final int SHOWN = 5;
    /** Topics considered per person: someone who tagged a thousand posts still costs a bounded query. */
    static final int TOPICS = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    NetworkRepository networks;

    @Inject
    PersonRepository people;

    /**
     * Two steps: the person's topics first (a handful), then the networks that have them. With the
     * topics written out the database sees how few networks match and looks them up by index;
     * as one query it had to guess, and read every network.
     */
    @SuppressWarnings("unchecked")
    List<Network> networks(Person me, Reader reader) {
        List<String> topics = em.createNativeQuery("""
                        select f.tag from follow f where f.person_id = ?1 and f.target_kind = 'TAG'
                        union select s.slug from declared_skill d join skill s on s.id = d.skill_id where d.person_id = ?1
                        union select pt.tag from post_tag pt join post p on p.id = pt.post_id where p.author_id = ?1""")
                .setParameter(1, me.id()).setMaxResults(TOPICS).getResultList();
        if (topics.isEmpty()) {
            return List.of();
        }
        List<Number> ids = em.createNativeQuery("""
                        select t.network_id from network_topic t join network n on n.id = t.network_id
                        where t.topic in (?2) and n.status = 'ACTIVE'
                          and not exists (select 1 from membership m where m.network_id = t.network_id and m.person_id = ?1)
                        group by t.network_id, n.member_count order by count(*) desc, n.member_count desc, t.network_id limit 20""")
                .setParameter(1, me.id()).setParameter(2, topics).getResultList();
        var seen = networks.seenAmong(ids.stream().map(Number::longValue).toList(), reader);
        var ordered = new ArrayList<Network>();
        for (var id : ids) {
            seen.stream().filter(n -> n.id() == id.longValue()).findFirst().ifPresent(ordered::add);
        }
        return ordered.subList(0, Math.min(SHOWN, ordered.size()));
    }

    @SuppressWarnings("unchecked")
    List<Person> people(Person me) {
        List<Number> ids = em.createNativeQuery("""
                        select other.person_id from declared_skill mine join declared_skill other on other.skill_id = mine.skill_id
                        join person p on p.id = other.person_id
                        where mine.person_id = ?1 and other.person_id <> ?1 and p.left_at is null
                          and not exists (select 1 from follow f where f.person_id = ?1 and f.target_kind = 'PERSON'
                                          and f.target_id = other.person_id)
                        group by other.person_id order by count(*) desc, other.person_id limit""" + " " + SHOWN)
                .setParameter(1, me.id()).getResultList();
        var found = people.findAll(ids.stream().map(Number::longValue).toList());
        return ids.stream().map(Number::longValue)
                .flatMap(id -> found.stream().filter(p -> p.id().equals(id)).findFirst().stream()).toList();
    }
}
