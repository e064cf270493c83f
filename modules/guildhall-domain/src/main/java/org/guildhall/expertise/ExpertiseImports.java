package org.guildhall.expertise;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.guildhall.access.InvalidField;
import org.guildhall.people.Person;

/**
 * Skills and declarations from another platform, for the content import: within the import's
 * transaction, without the access checks of the app (history is imported as it was).
 */
@ApplicationScoped
public class ExpertiseImports {

    @PersistenceContext
    EntityManager em;

    @Inject
    SkillRepository skills;

    /** The skill with this name (or alias), created when the taxonomy lacks it; answers whether it was created. */
    public boolean skill(String name, String category, List<String> aliases, Instant now) {
        if (skills.findByKey(SkillKey.of(name)).isPresent()) {
            return false;
        }
        var definition = new SkillDefinition(name, category, null, aliases, null);
        var skill = new Skill(definition, null, now);
        for (var key : skill.keys()) {
            if (skills.keyHolder(key).isPresent()) {
                throw new InvalidField("aliases", "\"" + key + "\" already leads to another skill.");
            }
        }
        skills.store(skill);
        skills.bindKeys(skill); // flushes: later lines of this chunk find the skill
        return true;
    }

    /** A declared skill, unless the person already declared it. */
    public void declare(Person person, String skillName, int level, Instant now) {
        if (level < DeclaredSkill.LEVEL_MIN || level > DeclaredSkill.LEVEL_MAX) {
            throw new InvalidField("skills", "A skill's level is 1 to 4, not " + level + ".");
        }
        var skill = skills.findByKey(SkillKey.of(skillName))
                .orElseThrow(() -> new InvalidField("skills", "No skill called “" + skillName + "”: a skill record must come first."));
        boolean declared = person.id() != null && !em.createQuery(
                        "select d.id from DeclaredSkill d where d.person = :p and d.skill = :s", Long.class)
                .setParameter("p", person).setParameter("s", skill).getResultList().isEmpty();
        if (!declared) {
            em.persist(new DeclaredSkill(person, skill, level, now));
        }
    }
}
