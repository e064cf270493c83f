package org.guildhall.question;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One person's vote on one answer (+1 or −1). Votes cast in the application are written with
 * single statements that are safe against a double click ({@link QuestionRepository#vote}); this
 * entity is for imports, which batch their inserts.
 */
@Entity
@Table(name = "answer_vote")
class Vote {

    @Embeddable
    record Key(@Column(name = "answer_id") Long answerId, @Column(name = "person_id") Long personId) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @Column(nullable = false)
    private int vote;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected Vote() {
    }

    Vote(long answerId, long personId, int vote, Instant at) {
        this.id = new Key(answerId, personId);
        this.vote = vote;
        this.votedAt = at;
    }
}
