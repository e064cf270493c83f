package org.guildhall.expertise;

import jakarta.persistence.EntityManager;

/**
 * Moves everything that refers to one skill to another. A person who declared both keeps one
 * declaration (the higher level) and the endorsements of both, once per colleague.
 */
final class SkillMerge {

    private final EntityManager em;
    private final Skill from;
    private final Skill into;

    SkillMerge(EntityManager em, Skill from, Skill into) {
        this.em = em;
        this.from = from;
        this.into = into;
    }

    void run() {
        em.flush();
        mergeDoubleDeclarations();
        update("update declared_skill set skill_id = ?2 where skill_id = ?1");
        update("insert into hidden_skill (person_id, skill_id) select h.person_id, ?2 from hidden_skill h"
                + " where h.skill_id = ?1 and not exists (select 1 from hidden_skill o where o.person_id = h.person_id and o.skill_id = ?2)");
        update("delete from hidden_skill where skill_id = ?1");
        update("delete from skill_term where skill_id = ?1");
        update("update skill set parent_id = ?2 where parent_id = ?1 and id <> ?2");
        update("update skill_suggestion set skill_id = ?2 where skill_id = ?1");
        em.clear();
    }

    /** Declared both: endorsements move to the kept declaration, the level is the higher one. */
    private void mergeDoubleDeclarations() {
        update("""
                update endorsement set declared_skill_id = (select k.id from declared_skill d join declared_skill k
                    on k.person_id = d.person_id and k.skill_id = ?2 where d.id = endorsement.declared_skill_id)
                where declared_skill_id in (select d.id from declared_skill d where d.skill_id = ?1
                    and exists (select 1 from declared_skill k where k.person_id = d.person_id and k.skill_id = ?2))
                and not exists (select 1 from endorsement e join declared_skill d on d.id = endorsement.declared_skill_id
                    join declared_skill k on k.person_id = d.person_id and k.skill_id = ?2
                    where e.declared_skill_id = k.id and e.endorser_id = endorsement.endorser_id)""");
        update("""
                update declared_skill set level = (select max(d.level) from declared_skill d
                    where d.person_id = declared_skill.person_id and d.skill_id in (?1, ?2))
                where skill_id = ?2 and person_id in (select person_id from declared_skill where skill_id = ?1)""");
        update("delete from endorsement where declared_skill_id in (select d.id from declared_skill d where d.skill_id = ?1"
                + " and exists (select 1 from declared_skill k where k.person_id = d.person_id and k.skill_id = ?2))");
        update("delete from declared_skill where skill_id = ?1 and person_id in (select person_id from declared_skill where skill_id = ?2)");
    }

    private void update(String sql) {
        var query = em.createNativeQuery(sql).setParameter(1, from.id());
        if (sql.contains("?2")) {
            query.setParameter(2, into.id());
        }
        query.executeUpdate();
    }
}
