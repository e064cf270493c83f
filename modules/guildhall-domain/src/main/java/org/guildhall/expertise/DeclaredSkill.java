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

/** A skill a person says they have, at a level they rate themselves (1 learning … 4 expert). */
@Entity
@Table(name = "declared_skill")
public class DeclaredSkill {

    public static final int LEVEL_MIN = 1;
    public static final int LEVEL_MAX = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "declared_skill_seq")
    @SequenceGenerator(name = "declared_skill_seq", sequenceName = "declared_skill_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "skill_id")
    private Skill skill;

    @Column(nullable = false)
    private int level;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected DeclaredSkill() {
    }

    DeclaredSkill(Person person, Skill skill, int level, Instant now) {
        this.person = person;
        this.skill = skill;
        this.level = level;
        this.declaredAt = now;
    }

    void rate(int newLevel) {
        level = newLevel;
    }

    void moveTo(Skill target) {
        skill = target;
    }

    public Long id() { return id; }
    public Person person() { return person; }
    public Skill skill() { return skill; }
    public int level() { return level; }
    public Instant declaredAt() { return declaredAt; }
}
