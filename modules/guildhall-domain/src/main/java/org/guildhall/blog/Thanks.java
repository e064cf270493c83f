package org.guildhall.blog;

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

/** One person's thanks for a post or a comment; at most one each (unique in the database too). */
@Entity
@Table(name = "thanks")
public class Thanks {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "thanks_seq")
    @SequenceGenerator(name = "thanks_seq", sequenceName = "thanks_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comment_id")
    private Comment comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Thanks() {
    }

    Thanks(Person person, Post post, Comment comment, Instant now) {
        this.person = person;
        this.post = post;
        this.comment = comment;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Person person() { return person; }
    public Comment comment() { return comment; }
    public Instant createdAt() { return createdAt; }
}
