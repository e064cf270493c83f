package org.guildhall.question;

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

import org.guildhall.access.Conflict;
import org.guildhall.people.Person;

/**
 * A question offered to one person, in a round of routing (or by someone who asked them by name,
 * {@code routedBy}), with why they were chosen. They may decline it as not their area.
 */
@Entity
@Table(name = "question_route")
public class Route {

    /** Asked by name rather than chosen by the router. */
    public static final int BY_NAME = 0;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_route_seq")
    @SequenceGenerator(name = "question_route_seq", sequenceName = "question_route_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "routed_by_id")
    private Person routedBy;

    @Column(name = "routed_at", nullable = false)
    private Instant routedAt;

    @Column(name = "declined_at")
    private Instant declinedAt;

    protected Route() {
    }

    Route(Question question, Person person, int round, String reason, Person routedBy, Instant now) {
        this.question = question;
        this.person = person;
        this.round = round;
        this.reason = reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX - 1) + "…" : reason;
        this.routedBy = routedBy;
        this.routedAt = now;
    }

    void decline(Instant now) {
        if (declinedAt != null) {
            throw new Conflict("You already declined this question");
        }
        declinedAt = now;
    }

    public boolean isDeclined() { return declinedAt != null; }
    public Long id() { return id; }
    public Question question() { return question; }
    public Person person() { return person; }
    public int round() { return round; }
    public String reason() { return reason; }
    public Person routedBy() { return routedBy; }
    public Instant routedAt() { return routedAt; }
    public Instant declinedAt() { return declinedAt; }
}
