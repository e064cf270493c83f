package org.guildhall.wiki;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Who opened which page for editing, and when: a hint for the next editor. Written in a
 * transaction of its own, so that two simultaneous openings (a double click) racing for the same
 * row fail only this, never the page being opened.
 */
@ApplicationScoped
public class EditingPresence {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void opened(long pageId, long personId, Instant at) {
        int updated = em.createNativeQuery("update wiki_editing set opened_at = ?1 where page_id = ?2 and person_id = ?3")
                .setParameter(1, at).setParameter(2, pageId).setParameter(3, personId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into wiki_editing (page_id, person_id, opened_at) values (?1, ?2, ?3)")
                    .setParameter(1, pageId).setParameter(2, personId).setParameter(3, at).executeUpdate();
        }
    }
}
