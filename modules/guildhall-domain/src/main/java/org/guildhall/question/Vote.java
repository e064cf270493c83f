package org.guildhall.question;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

import org.guildhall.people.Person;

/**
 * One person's vote on one answer (+1 or −1). Votes cast in the application are written with
 * single statements that are safe against a double click ({@link QuestionRepository#vote}); this
 * entity is for imports, which batch their inserts: its associations let Hibernate insert the
 * answers of a chunk before their votes.
 */
@Entity
@Table(name = "answer_vote")
class Vote {

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "answer_id")
        Long answerId;

        @Column(name = "person_id")
        Long personId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(answerId, k.answerId) && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(answerId, personId);
        }
    }

    @EmbeddedId
    private Key id = new Key();

    @MapsId("answerId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answer_id")
    private Answer answer;

    @MapsId("personId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false)
    private int vote;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected Vote() {
    }

    Vote(Answer answer, Person person, int vote, Instant at) {
        this.answer = answer;
        this.person = person;
        this.vote = vote;
        this.votedAt = at;
    }
}
