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

import org.guildhall.people.Person;
import org.guildhall.text.Markdown;

/** A short remark under an answer: asking for detail, pointing out a catch. */
@Entity
@Table(name = "answer_comment")
public class AnswerComment {

    public static final int BODY_MAX = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_comment_seq")
    @SequenceGenerator(name = "answer_comment_seq", sequenceName = "answer_comment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id")
    private Answer answer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Person author;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "body_html", nullable = false, length = 25_000)
    private String bodyHtml;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AnswerComment() {
    }

    AnswerComment(Answer answer, Person author, String body, Instant now) {
        this.answer = answer;
        this.author = author;
        this.body = body;
        this.bodyHtml = Markdown.html(body);
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Answer answer() { return answer; }
    public Person author() { return author; }
    public String body() { return body; }
    public String html() { return bodyHtml; }
    public Instant createdAt() { return createdAt; }
}
