package org.guildhall.expertise;

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

/** A colleague vouches for a declared skill, once, with an optional note. */
@Entity
@Table(name = "endorsement")
public class Endorsement {

    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "endorsement_seq")
    @SequenceGenerator(name = "endorsement_seq", sequenceName = "endorsement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "declared_skill_id")
    private DeclaredSkill declared;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "endorser_id")
    private Person endorser;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "endorsed_at", nullable = false)
    private Instant endorsedAt;

    protected Endorsement() {
    }

    Endorsement(DeclaredSkill declared, Person endorser, String note, Instant now) {
        this.declared = declared;
        this.endorser = endorser;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.endorsedAt = now;
    }

    public Long id() { return id; }
    public DeclaredSkill declared() { return declared; }
    public Person endorser() { return endorser; }
    public String note() { return note; }
    public Instant endorsedAt() { return endorsedAt; }
}
