package org.guildhall.talent;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.paging.Page;

/** The record of what HR looked at and took away; administrators read it. */
@ApplicationScoped
public class TalentAudit {

    public static final String SEARCH = "search";
    public static final String HIDDEN_TALENT = "hidden-talent";
    public static final String EXPORT = "export";
    public static final String SHORTLIST = "shortlist";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Recorded in its own transaction: a search that fails afterwards was still made. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Viewer viewer, String action, String detail, int results) {
        em.persist(new TalentAuditEntry(viewer.username(), action, detail, results, clock.instant()));
    }

    @Transactional
    public Page<TalentAuditEntry> read(Viewer viewer, int page, int size) {
        if (!viewer.isAdmin()) {
            throw new NotFound("No such page");
        }
        long total = em.createQuery("select count(a) from TalentAuditEntry a", Long.class).getSingleResult();
        List<TalentAuditEntry> items = em.createQuery("select a from TalentAuditEntry a order by a.at desc, a.id desc",
                TalentAuditEntry.class).setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new Page<>(items, total, page, size);
    }
}
