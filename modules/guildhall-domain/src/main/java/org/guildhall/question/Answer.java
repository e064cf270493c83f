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
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import org.guildhall.access.Conflict;
import org.guildhall.people.Person;
import org.guildhall.text.Markdown;

/**
 * An answer to a question, with its votes counted (kept by atomic updates, outside the version,
 * so a vote never makes its author's edit stale) and whether the asker accepted it.
 */
@Entity
@DynamicUpdate
@Table(name = "answer")
public class Answer {

    public static final int BODY_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_seq")
    @SequenceGenerator(name = "answer_seq", sequenceName = "answer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Person author;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "body_html", nullable = false, length = Question.HTML_MAX)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = BODY_MAX)
    private String bodyText;

    @Column(name = "up_votes", nullable = false)
    private int upVotes;

    @Column(name = "down_votes", nullable = false)
    private int downVotes;

    @Column(name = "comment_count", nullable = false)
    private int commentCount;

    @Column(nullable = false)
    private boolean accepted;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Version
    private long version;

    protected Answer() {
    }

    static Answer to(Question question, Person author, String body, Instant now) {
        var answer = new Answer();
        answer.question = question;
        answer.author = author;
        answer.createdAt = now;
        answer.write(body);
        return answer;
    }

    void edit(String newBody, Instant now) {
        write(newBody);
        editedAt = now;
    }

    private void write(String newBody) {
        var rendering = Markdown.render(newBody);
        if (rendering.html().length() > Question.HTML_MAX) {
            throw new InvalidQuestion("body", "This answer is too long once formatted: shorten it.");
        }
        body = newBody;
        bodyHtml = rendering.html();
        bodyText = rendering.text();
    }

    void delete(Instant now) {
        if (deletedAt != null) {
            throw new Conflict("This answer is already deleted");
        }
        if (accepted) {
            throw new Conflict("This answer is the accepted one: unaccept it before deleting it");
        }
        deletedAt = now;
    }

    void accepted(boolean value) {
        accepted = value;
    }

    /** Up votes minus down votes. */
    public int score() {
        return upVotes - downVotes;
    }

    public boolean isDeleted() { return deletedAt != null; }
    public Long id() { return id; }
    public Question question() { return question; }
    public Person author() { return author; }
    public String body() { return body; }
    public String html() { return bodyHtml; }
    public String text() { return bodyText; }
    public int upVotes() { return upVotes; }
    public int downVotes() { return downVotes; }
    public int commentCount() { return commentCount; }
    public boolean isAccepted() { return accepted; }
    public Instant createdAt() { return createdAt; }
    public Instant editedAt() { return editedAt; }
    public long version() { return version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answer a && id != null && id.equals(a.id);
    }

    @Override
    public int hashCode() {
        return Answer.class.hashCode();
    }
}
