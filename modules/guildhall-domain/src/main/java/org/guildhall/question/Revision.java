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

/** One version of a question's text (title and body) or an answer's (body), as its editor saved it. */
@Entity
@Table(name = "qa_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qa_revision_seq")
    @SequenceGenerator(name = "qa_revision_seq", sequenceName = "qa_revision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answer_id")
    private Answer answer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "editor_id")
    private Person editor;

    @Column(length = QuestionDraft.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = QuestionDraft.BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Revision() {
    }

    static Revision of(Question question, Person editor, Instant now) {
        var revision = new Revision();
        revision.question = question;
        revision.editor = editor;
        revision.title = question.title();
        revision.body = question.body();
        revision.createdAt = now;
        return revision;
    }

    static Revision of(Answer answer, Person editor, Instant now) {
        var revision = new Revision();
        revision.question = answer.question();
        revision.answer = answer;
        revision.editor = editor;
        revision.body = answer.body();
        revision.createdAt = now;
        return revision;
    }

    public Long id() { return id; }
    public Answer answer() { return answer; }
    public Person editor() { return editor; }
    public String title() { return title; }
    public String body() { return body; }
    public Instant createdAt() { return createdAt; }
}
