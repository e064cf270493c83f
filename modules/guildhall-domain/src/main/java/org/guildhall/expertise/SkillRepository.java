package org.guildhall.expertise;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Skills, their keys and what inference learned about their vocabulary. */
@ApplicationScoped
public class SkillRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Skill> findBySlug(String slug) {
        return em.createQuery("select s from Skill s where s.slug = :slug", Skill.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Optional<Skill> find(long id) {
        return Optional.ofNullable(em.find(Skill.class, id));
    }

    /** The skill a key (a name, an alias, a topic or a tag) leads to. */
    public Optional<Skill> findByKey(String key) {
        return forKeys(List.of(key)).values().stream().findFirst();
    }

    /** The skills these keys lead to, by key; keys that lead nowhere are absent. One query. */
    public Map<String, Skill> forKeys(Collection<String> keys) {
        var result = new HashMap<String, Skill>();
        if (keys.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select key_text, skill_id from skill_key where key_text in (:keys)")
                .setParameter("keys", List.copyOf(keys)).getResultList();
        if (rows.isEmpty()) {
            return result;
        }
        var skills = em.createQuery("select s from Skill s where s.id in :ids", Skill.class)
                .setParameter("ids", rows.stream().map(r -> ((Number) r[1]).longValue()).toList()).getResultList();
        var byId = new HashMap<Long, Skill>();
        skills.forEach(s -> byId.put(s.id(), s));
        rows.forEach(r -> result.put((String) r[0], byId.get(((Number) r[1]).longValue())));
        return result;
    }

    /** Which skill holds a key now, if any. */
    public Optional<Long> keyHolder(String key) {
        return em.createNativeQuery("select skill_id from skill_key where key_text = ?1").setParameter(1, key)
                .getResultStream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** Active skills whose name or an alias starts with (or has a word starting with) the typed text. */
    public List<Skill> offered(String typed, int limit) {
        var key = SkillKey.of(typed);
        if (key.isEmpty()) {
            return em.createQuery("select s from Skill s where s.status = 'ACTIVE' order by lower(s.name)", Skill.class)
                    .setMaxResults(limit).getResultList();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select k.skill_id from skill_key k join skill s on s.id = k.skill_id
                        where s.status = 'ACTIVE' and (k.key_text like ?1 or k.key_text like ?2)
                        group by k.skill_id, s.name order by min(case when k.key_text like ?1 then 0 else 1 end), lower(s.name)""")
                .setParameter(1, key + "%").setParameter(2, "%-" + key + "%").setMaxResults(limit).getResultList();
        return inOrder(ids.stream().map(Number::longValue).toList());
    }

    /** Every active skill with its aliases (one query). */
    public List<Skill> active() {
        return em.createQuery("select distinct s from Skill s left join fetch s.aliases where s.status = 'ACTIVE'", Skill.class)
                .getResultList().stream().sorted(java.util.Comparator.comparing(s -> s.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /** Every skill an administrator manages (merged ones are history), with its broader skill. */
    public List<Skill> managed() {
        return em.createQuery("select distinct s from Skill s left join fetch s.parent left join fetch s.aliases"
                + " where s.status <> 'MERGED'", Skill.class).getResultList().stream()
                .sorted(java.util.Comparator.comparing((Skill s) -> s.category() == null ? "\uffff" : s.category().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(s -> s.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    public List<Skill> children(Skill skill) {
        return em.createQuery("select s from Skill s where s.parent = :skill and s.status = 'ACTIVE' order by lower(s.name)",
                Skill.class).setParameter("skill", skill).getResultList();
    }

    public List<Skill> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = em.createQuery("select s from Skill s where s.id in :ids", Skill.class).setParameter("ids", ids)
                .getResultList();
        var byId = new HashMap<Long, Skill>();
        found.forEach(s -> byId.put(s.id(), s));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Stores a new skill at its address, or the first free one after it ({@code -2}, {@code -3}…). */
    public void store(Skill skill) {
        var base = skill.slug();
        for (int n = 2; findBySlug(skill.slug()).isPresent(); n++) {
            skill.addressAt(base + "-" + n);
        }
        em.persist(skill);
    }

    /** Points the skill's keys at it: its own, now, and nothing else it held before. */
    void bindKeys(Skill skill) {
        em.flush();
        em.createNativeQuery("delete from skill_key where skill_id = ?1").setParameter(1, skill.id()).executeUpdate();
        for (var key : skill.keys()) {
            em.createNativeQuery("insert into skill_key (key_text, skill_id) values (?1, ?2)")
                    .setParameter(1, key).setParameter(2, skill.id()).executeUpdate();
        }
    }

    // ---- learned vocabulary -------------------------------------------------------------

    /** A word inference learned for a skill, and how much it says about it. */
    public record Term(String term, double weight) {
    }

    /** Every skill's learned words (one query), by skill id. */
    public Map<Long, List<Term>> vocabulary() {
        var result = new HashMap<Long, List<Term>>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select skill_id, term, weight from skill_term order by skill_id, weight desc")
                .getResultList();
        rows.forEach(r -> result.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.ArrayList<>())
                .add(new Term((String) r[1], ((Number) r[2]).doubleValue())));
        return result;
    }

    public void learn(long skillId, List<Term> terms) {
        em.createNativeQuery("delete from skill_term where skill_id = ?1").setParameter(1, skillId).executeUpdate();
        for (var term : terms) {
            em.createNativeQuery("insert into skill_term (skill_id, term, weight) values (?1, ?2, ?3)")
                    .setParameter(1, skillId).setParameter(2, term.term()).setParameter(3, term.weight()).executeUpdate();
        }
    }

    // ---- suggestions --------------------------------------------------------------------

    public void store(SkillSuggestion suggestion) {
        em.persist(suggestion);
    }

    public Optional<SkillSuggestion> suggestion(long id) {
        return Optional.ofNullable(em.find(SkillSuggestion.class, id));
    }

    public List<SkillSuggestion> openSuggestions() {
        return em.createQuery("select s from SkillSuggestion s join fetch s.suggestedBy where s.status = 'OPEN'"
                + " order by s.suggestedAt", SkillSuggestion.class).getResultList();
    }

    public List<SkillSuggestion> suggestionsBy(org.guildhall.people.Person person) {
        return em.createQuery("select s from SkillSuggestion s where s.suggestedBy = :p order by s.suggestedAt desc",
                SkillSuggestion.class).setParameter("p", person).setMaxResults(20).getResultList();
    }

    void flush() {
        em.flush();
    }

    EntityManager em() {
        return em;
    }
}
