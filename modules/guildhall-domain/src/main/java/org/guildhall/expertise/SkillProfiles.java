package org.guildhall.expertise;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Conflict;
import org.guildhall.access.InvalidField;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.outbox.Outbox;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;
import org.guildhall.persistence.Uniqueness;

/**
 * What people say about their skills and each other's: declarations with a self-rated level,
 * endorsements by colleagues, and inferred skills a person hid from their profile.
 */
@ApplicationScoped
public class SkillProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Profiles profiles;

    @Inject
    AccessPolicy access;

    @Inject
    Clock clock;

    /** A declared skill as a profile shows it: who endorsed it, and whether the viewer did. */
    public record Declared(DeclaredSkill declared, List<Endorsement> endorsements, boolean endorsedByViewer) {
        public Skill skill() { return declared.skill(); }
        public int level() { return declared.level(); }
    }

    /** Declares a skill on my profile, or changes its level when it is already there. */
    @Transactional
    public DeclaredSkill declare(Viewer viewer, String skillName, int level) {
        if (level < DeclaredSkill.LEVEL_MIN || level > DeclaredSkill.LEVEL_MAX) {
            throw new InvalidField("level", "Choose a level from 1 (learning) to 4 (expert).");
        }
        var me = profiles.find(viewer.username());
        var skill = taxonomy.require("skill", skillName);
        var existing = declaration(me, skill);
        if (existing.isPresent()) {
            existing.get().rate(level);
            return existing.get();
        }
        var declared = new DeclaredSkill(me, skill, level, clock.instant());
        em.persist(declared);
        outbox.append(Profiles.AGGREGATE, me.id()); // search finds people by the skills they declare
        Uniqueness.flush(em, "You already declared " + skill.name());
        return declared;
    }

    /** Removes a declaration (and its endorsements) from my profile. */
    @Transactional
    public void undeclare(Viewer viewer, String slug) {
        var me = profiles.find(viewer.username());
        var declared = declaration(me, taxonomy.find(slug))
                .orElseThrow(() -> new NotFound("You have not declared " + slug));
        em.createQuery("delete from Endorsement e where e.declared = :d").setParameter("d", declared).executeUpdate();
        em.remove(declared);
        outbox.append(Profiles.AGGREGATE, me.id());
    }

    @Inject
    jakarta.enterprise.event.Event<Endorsed> endorsed;

    @Transactional
    public Endorsement endorse(Viewer viewer, String username, String slug, String note) {
        var person = profiles.find(username);
        access.requireCanSee(viewer, person);
        if (viewer.is(username)) {
            throw new InvalidField("skill", "You cannot endorse your own skills.");
        }
        if (note != null && note.strip().length() > Endorsement.NOTE_MAX) {
            throw new InvalidField("note", "A note has at most " + Endorsement.NOTE_MAX + " characters.");
        }
        var skill = taxonomy.find(slug);
        var declared = declaration(person, skill).orElseThrow(() -> new InvalidField("skill",
                person.displayName() + " has not declared " + skill.name() + "."));
        var me = profiles.find(viewer.username());
        if (endorsement(declared, me).isPresent()) {
            throw new Conflict("You have already endorsed " + person.displayName() + " for " + skill.name() + ".");
        }
        var endorsement = new Endorsement(declared, me, note, clock.instant());
        em.persist(endorsement);
        Uniqueness.flush(em, "You have already endorsed " + person.displayName() + " for " + skill.name() + ".");
        endorsed.fire(new Endorsed(endorsement));
        return endorsement;
    }

    @Transactional
    public void withdraw(Viewer viewer, String username, String slug) {
        var person = profiles.find(username);
        access.requireCanSee(viewer, person);
        var skill = taxonomy.find(slug);
        var me = profiles.find(viewer.username());
        var endorsement = declaration(person, skill).flatMap(d -> endorsement(d, me))
                .orElseThrow(() -> new NotFound("You have not endorsed " + person.displayName() + " for " + skill.name()));
        em.remove(endorsement);
    }

    /** Hides an inferred skill from my profile (HR still sees it if I opted in to talent discovery). */
    @Transactional
    public void hide(Viewer viewer, String slug) {
        var me = profiles.find(viewer.username());
        var skill = taxonomy.find(slug);
        try {
            em.createNativeQuery("insert into hidden_skill (person_id, skill_id) select ?1, ?2 where not exists"
                            + " (select 1 from hidden_skill where person_id = ?1 and skill_id = ?2)")
                    .setParameter(1, me.id()).setParameter(2, skill.id()).executeUpdate();
        } catch (jakarta.persistence.PersistenceException e) {
            if (Uniqueness.isViolation(e)) {
                throw new Conflict(skill.name() + " was hidden a moment ago"); // a twin request won
            }
            throw e;
        }
    }

    @Transactional
    public void unhide(Viewer viewer, String slug) {
        var me = profiles.find(viewer.username());
        var skill = taxonomy.find(slug);
        em.createNativeQuery("delete from hidden_skill where person_id = ?1 and skill_id = ?2")
                .setParameter(1, me.id()).setParameter(2, skill.id()).executeUpdate();
    }

    /** A person's declared skills, strongest first, with their endorsements (two queries). */
    @Transactional
    public List<Declared> declaredOf(Viewer viewer, Person person) {
        var declared = em.createQuery("select d from DeclaredSkill d join fetch d.skill where d.person = :p", DeclaredSkill.class)
                .setParameter("p", person).getResultList();
        if (declared.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Endorsement>> endorsements = em.createQuery(
                        "select e from Endorsement e join fetch e.endorser where e.declared in :d order by e.endorsedAt desc",
                        Endorsement.class)
                .setParameter("d", declared).getResultList().stream()
                .collect(Collectors.groupingBy(e -> e.declared().id()));
        return declared.stream().map(d -> {
                    var list = endorsements.getOrDefault(d.id(), List.of());
                    return new Declared(d, list, list.stream().anyMatch(e -> viewer.is(e.endorser().username())));
                })
                .sorted(Comparator.comparing((Declared d) -> -d.endorsements().size()).thenComparing(d -> -d.level())
                        .thenComparing(d -> d.skill().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Skill ids the person hid from their profile. */
    public Set<Long> hiddenBy(Person person) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select skill_id from hidden_skill where person_id = ?1")
                .setParameter(1, person.id()).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toCollection(HashSet::new));
    }

    /** Usernames that hid this skill (they do not show as its experts to colleagues). */
    public Set<String> hidingSkill(long skillId) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("select p.username from hidden_skill h join person p on p.id = h.person_id"
                + " where h.skill_id = ?1").setParameter(1, skillId).getResultList();
        return new HashSet<>(names);
    }

    /** Who declared a skill, with their level and endorsement count: [username, level, endorsements]. */
    public List<DeclaredStanding> declarers(long skillId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select p.username, d.level, (select count(*) from endorsement e where e.declared_skill_id = d.id)
                        from declared_skill d join person p on p.id = d.person_id
                        where d.skill_id = ?1 and p.left_at is null
                        order by d.level desc, 3 desc, p.username""")
                .setParameter(1, skillId).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new DeclaredStanding((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue()))
                .toList();
    }

    public record DeclaredStanding(String username, int level, int endorsements) {
    }

    private java.util.Optional<DeclaredSkill> declaration(Person person, Skill skill) {
        return em.createQuery("select d from DeclaredSkill d where d.person = :p and d.skill = :s", DeclaredSkill.class)
                .setParameter("p", person).setParameter("s", skill).getResultStream().findFirst();
    }

    private java.util.Optional<Endorsement> endorsement(DeclaredSkill declared, Person endorser) {
        return em.createQuery("select e from Endorsement e where e.declared = :d and e.endorser = :p", Endorsement.class)
                .setParameter("d", declared).setParameter("p", endorser).getResultStream().findFirst();
    }
}
