package org.guildhall.talent;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.guildhall.people.Person;

/** A person on a shortlist, with HR's private note (never shown to the person or to colleagues). */
@Entity
@Table(name = "shortlist_entry")
public class ShortlistEntry {

    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shortlist_entry_seq")
    @SequenceGenerator(name = "shortlist_entry_seq", sequenceName = "shortlist_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shortlist_id")
    private Shortlist shortlist;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ShortlistEntry() {
    }

    ShortlistEntry(Shortlist shortlist, Person person, String note, String addedBy, Instant now) {
        this.shortlist = shortlist;
        this.person = person;
        this.addedBy = addedBy;
        this.addedAt = now;
        write(note);
    }

    void write(String newNote) {
        note = newNote == null || newNote.isBlank() ? null : newNote.strip();
    }

    public Long id() { return id; }
    public Shortlist shortlist() { return shortlist; }
    public Person person() { return person; }
    public String note() { return note; }
    public String addedBy() { return addedBy; }
    public Instant addedAt() { return addedAt; }
}
