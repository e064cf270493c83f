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

/** A skill someone wants in the taxonomy, waiting in the administrators' queue. */
@Entity
@Table(name = "skill_suggestion")
public class SkillSuggestion {

    public enum Status { OPEN, ACCEPTED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "skill_suggestion_seq")
    @SequenceGenerator(name = "skill_suggestion_seq", sequenceName = "skill_suggestion_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = Skill.NAME_MAX)
    private String name;

    @Column(length = 500)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggested_by")
    private Person suggestedBy;

    @Column(name = "suggested_at", nullable = false)
    private Instant suggestedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "skill_id")
    private Skill skill;

    protected SkillSuggestion() {
    }

    SkillSuggestion(String name, String reason, Person by, Instant now) {
        this.name = name.strip();
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.suggestedBy = by;
        this.suggestedAt = now;
        this.status = Status.OPEN;
    }

    void accept(Skill created, String admin, String note, Instant now) {
        decide(Status.ACCEPTED, admin, note, now);
        skill = created;
    }

    void reject(String admin, String note, Instant now) {
        decide(Status.REJECTED, admin, note, now);
    }

    private void decide(Status outcome, String admin, String note, Instant now) {
        if (status != Status.OPEN) {
            throw new org.guildhall.access.Conflict("This suggestion was already decided");
        }
        status = outcome;
        decidedBy = admin;
        decidedAt = now;
        decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String reason() { return reason; }
    public Person suggestedBy() { return suggestedBy; }
    public Instant suggestedAt() { return suggestedAt; }
    public Status status() { return status; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
    public Skill skill() { return skill; }
}
