package org.guildhall.talent;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.Conflict;
import org.guildhall.access.InvalidField;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.people.Profiles;
import org.guildhall.persistence.Uniqueness;

/**
 * HR's shared shortlists. Everything here is HR's alone: for anyone else it does not exist (404).
 * Only people who opted in to talent discovery can be added; every change is audited.
 */
@ApplicationScoped
public class Shortlists {

    @PersistenceContext
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    TalentAudit audit;

    @Inject
    Clock clock;

    public record Listed(Shortlist shortlist, long people) {
    }

    /**
     * Who a shortlist shows: people who still consent to talent discovery and are still here. Someone
     * who opts out later disappears from every shortlist (and its exports) until they opt in again.
     */
    static final String SHOWN = "e.person.talentDiscovery = true and e.person.leftAt is null";

    public static void requireHr(Viewer viewer) {
        if (!viewer.isHr()) {
            throw new NotFound("No such page");
        }
    }

    @Transactional
    public List<Listed> all(Viewer viewer) {
        requireHr(viewer);
        return em.createQuery("select s, (select count(e) from ShortlistEntry e where e.shortlist = s and " + SHOWN + ") from Shortlist s"
                        + " order by s.createdAt desc", Object[].class).getResultList().stream()
                .map(r -> new Listed((Shortlist) r[0], (Long) r[1])).toList();
    }

    @Transactional
    public Shortlist create(Viewer viewer, String name) {
        requireHr(viewer);
        if (name == null || name.isBlank()) {
            throw new InvalidField("name", "Name the shortlist (a role, a project).");
        }
        if (name.strip().length() > Shortlist.NAME_MAX) {
            throw new InvalidField("name", "A shortlist's name has at most " + Shortlist.NAME_MAX + " characters.");
        }
        var shortlist = new Shortlist(name, viewer.username(), clock.instant());
        em.persist(shortlist);
        audit.record(viewer, TalentAudit.SHORTLIST, "created shortlist \"" + shortlist.name() + "\"", 0);
        return shortlist;
    }

    @Transactional
    public Shortlist find(Viewer viewer, long id) {
        requireHr(viewer);
        var shortlist = em.find(Shortlist.class, id);
        if (shortlist == null) {
            throw new NotFound("No shortlist " + id);
        }
        return shortlist;
    }

    @Transactional
    public List<ShortlistEntry> entries(Viewer viewer, long id) {
        var shortlist = find(viewer, id);
        return em.createQuery("select e from ShortlistEntry e join fetch e.person where e.shortlist = :s and " + SHOWN
                        + " order by e.addedAt",
                ShortlistEntry.class).setParameter("s", shortlist).getResultList();
    }

    /** A shortlist's people for a CSV export (recorded as an export). */
    @Transactional
    public List<ShortlistEntry> export(Viewer viewer, long id) {
        var entries = entries(viewer, id);
        audit.record(viewer, TalentAudit.EXPORT, "shortlist \"" + entries.stream().findFirst()
                .map(e -> e.shortlist().name()).orElse(find(viewer, id).name()) + "\"", entries.size());
        return entries;
    }

    /** Adds someone who opted in to talent discovery, with a note; adding them again is a 409. */
    @Transactional
    public ShortlistEntry add(Viewer viewer, long id, String username, String note) {
        var shortlist = find(viewer, id);
        var person = profiles.find(username);
        if (!person.talentDiscovery()) {
            throw new InvalidField("person", person.displayName() + " has not opted in to talent discovery.");
        }
        requireNote(note);
        boolean already = !em.createQuery("select e from ShortlistEntry e where e.shortlist = :s and e.person = :p",
                ShortlistEntry.class).setParameter("s", shortlist).setParameter("p", person).getResultList().isEmpty();
        if (already) {
            throw new Conflict(person.displayName() + " is already on " + shortlist.name() + ".");
        }
        var entry = new ShortlistEntry(shortlist, person, note, viewer.username(), clock.instant());
        em.persist(entry);
        Uniqueness.flush(em, person.displayName() + " is already on " + shortlist.name() + ".");
        audit.record(viewer, TalentAudit.SHORTLIST, "added " + username + " to \"" + shortlist.name() + "\"", 1);
        return entry;
    }

    @Transactional
    public ShortlistEntry note(Viewer viewer, long id, String username, String note) {
        requireNote(note);
        var entry = entry(viewer, id, username);
        entry.write(note);
        audit.record(viewer, TalentAudit.SHORTLIST, "noted " + username + " on \"" + entry.shortlist().name() + "\"", 1);
        return entry;
    }

    @Transactional
    public void remove(Viewer viewer, long id, String username) {
        var entry = entry(viewer, id, username);
        em.remove(entry);
        audit.record(viewer, TalentAudit.SHORTLIST, "removed " + username + " from \"" + entry.shortlist().name() + "\"", 1);
    }

    private ShortlistEntry entry(Viewer viewer, long id, String username) {
        var shortlist = find(viewer, id);
        return em.createQuery("select e from ShortlistEntry e join fetch e.person p where e.shortlist = :s and p.username = :u",
                        ShortlistEntry.class).setParameter("s", shortlist).setParameter("u", username)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound(username + " is not on this shortlist"));
    }

    private static void requireNote(String note) {
        if (note != null && note.strip().length() > ShortlistEntry.NOTE_MAX) {
            throw new InvalidField("note", "A note has at most " + ShortlistEntry.NOTE_MAX + " characters.");
        }
    }
}
