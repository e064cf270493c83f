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
 *
 * <p>Finding them reads everything a person wrote and every network sharing a topic, and the
 * answer changes slowly: each node remembers who to suggest to whom for {@link #KEPT}. Whether
 * the person may see a suggested network is still checked on every page.
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
    static final java.time.Duration KEPT = java.time.Duration.ofMinutes(10);
    private static final int REMEMBERED_MAX = 20_000;

    private record Remembered(List<Long> networks, List<Long> people, java.time.Instant until) {
    }

    private final java.util.concurrent.ConcurrentHashMap<Long, Remembered> remembered = new java.util.concurrent.ConcurrentHashMap<>();

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** Networks to suggest, as the reader may see them now, leaving out those in {@code joined}. */
    List<Network> networks(Person me, Reader reader, java.util.Set<Long> joined) {
        var ids = ofPerson(me).networks().stream().filter(id -> !joined.contains(id)).toList();
        var seen = networks.seenAmong(ids, reader);
        var ordered = new ArrayList<Network>();
        for (var id : ids) {
            seen.stream().filter(n -> n.id().equals(id)).findFirst().ifPresent(ordered::add);
        }
        return ordered.subList(0, Math.min(SHOWN, ordered.size()));
    }

    List<Person> people(Person me) {
        var ids = ofPerson(me).people();
        var found = people.findAll(ids);
        return ids.stream().flatMap(id -> found.stream().filter(p -> p.id().equals(id)).findFirst().stream()).toList();
    }

    private Remembered ofPerson(Person me) {
        var now = clock.instant();
        var known = remembered.get(me.id());
        if (known != null && known.until().isAfter(now)) {
            return known;
        }
        if (remembered.size() > REMEMBERED_MAX) {
            remembered.clear(); // crude, and rare: a node that served 20,000 people in 10 minutes starts afresh
        }
        var fresh = new Remembered(networkIds(me), personIds(me), now.plus(KEPT));
        remembered.put(me.id(), fresh);
        return fresh;
    }

    @SuppressWarnings("unchecked")
    private List<Long> networkIds(Person me) {
        List<String> topics = em.createNativeQuery("""
                        select f.tag from follow f where f.person_id = ?1 and f.target_kind = 'TAG'
                        union select s.slug from declared_skill d join skill s on s.id = d.skill_id where d.person_id = ?1
                        union select pt.tag from post_tag pt join post p on p.id = pt.post_id where p.author_id = ?1""")
                .setParameter(1, me.id()).setMaxResults(TOPICS).getResultList();
        if (topics.isEmpty()) {
            return List.of();
        }
        List<Number> found = em.createNativeQuery("""
                        select t.network_id from network_topic t join network n on n.id = t.network_id
                        where t.topic in (?2) and n.status = 'ACTIVE'
                          and not exists (select 1 from membership m where m.network_id = t.network_id and m.person_id = ?1)
                        group by t.network_id, n.member_count order by count(*) desc, n.member_count desc, t.network_id limit 20""")
                .setParameter(1, me.id()).setParameter(2, topics).getResultList();
        return found.stream().map(Number::longValue).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Long> personIds(Person me) {
        List<Number> ids = em.createNativeQuery("""
                        select other.person_id from declared_skill mine join declared_skill other on other.skill_id = mine.skill_id
                        join person p on p.id = other.person_id
                        where mine.person_id = ?1 and other.person_id <> ?1 and p.left_at is null
                          and not exists (select 1 from follow f where f.person_id = ?1 and f.target_kind = 'PERSON'
                                          and f.target_id = other.person_id)
                        group by other.person_id order by count(*) desc, other.person_id limit""" + " " + SHOWN)
                .setParameter(1, me.id()).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
