package org.guildhall.question;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;

import org.guildhall.access.Conflict;
import org.guildhall.expertise.Skill;
import org.guildhall.network.Network;
import org.guildhall.people.Person;
import org.guildhall.text.Markdown;
import org.guildhall.text.Rendered;

/**
 * A question asked in a network (read by the network's audience) or company-wide (every
 * employee), with the skills and tags it needs. It is solved when its asker (or a moderator)
 * accepts an answer; closed, it takes no more answers.
 *
 * <p>Routing state lives here too: {@code routingRound} is the last round of experts it was offered
 * to, {@code routingDueAt} when the next round is due (null: no more rounds). Counts, the first
 * answer's time and the routing state change with atomic updates that leave the version alone
 * ({@link QuestionRepository}), so neither an answer nor a round of routing makes the asker's
 * edit stale.
 */
@Entity
@DynamicUpdate
@Table(name = "question")
public class Question {

    static final int HTML_MAX = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_seq")
    @SequenceGenerator(name = "question_seq", sequenceName = "question_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asker_id")
    private Person asker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;

    @Column(nullable = false, length = QuestionDraft.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = QuestionDraft.BODY_MAX)
    private String body;

    @Column(name = "body_html", nullable = false, length = HTML_MAX)
    private String bodyHtml;

    @Column(name = "body_text", nullable = false, length = QuestionDraft.BODY_MAX)
    private String bodyText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_tag", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "tag", length = 40)
    @OrderBy
    private Set<String> tags = new LinkedHashSet<>();

    /** Eager like the tags: every view of a question names them (loaded in batches for lists). */
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "question_skill", joinColumns = @JoinColumn(name = "question_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> skills = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_answer_id")
    private Answer acceptedAnswer;

    /** The same column as {@link #acceptedAnswer}, readable without loading the answer. */
    @Column(name = "accepted_answer_id", insertable = false, updatable = false)
    private Long acceptedAnswerId;

    @Column(name = "answer_count", nullable = false)
    private int answerCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "first_answer_at")
    private Instant firstAnswerAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "routing_round", nullable = false)
    private int routingRound;

    @Column(name = "routing_due_at")
    private Instant routingDueAt;

    @Column(name = "routing_claimed_until")
    private Instant routingClaimedUntil;

    @Column(name = "wiki_page_id")
    private Long wikiPageId;

    @Version
    private long version;

    protected Question() {
    }

    /** A new question; its first round of routing is due at once. */
    static Question ask(Person asker, Network network, QuestionDraft draft, Set<Skill> skills, Instant now) {
        var question = new Question();
        question.asker = asker;
        question.network = network;
        question.createdAt = now;
        question.status = QuestionStatus.OPEN;
        question.routingDueAt = now;
        question.apply(draft, skills, now);
        question.editedAt = null;
        return question;
    }

    /** Brought from another platform: asked then, by its original asker; never routed. */
    static Question imported(Person asker, Network network, QuestionDraft draft, Set<Skill> skills, Instant askedAt) {
        var question = ask(asker, network, draft, skills, askedAt);
        question.routingDueAt = null;
        return question;
    }

    void apply(QuestionDraft draft, Set<Skill> newSkills, Instant now) {
        title = draft.title();
        if (!draft.body().equals(body)) {
            body = draft.body();
            rendered(Markdown.render(body));
        }
        tags.clear();
        tags.addAll(draft.tags());
        skills.clear();
        skills.addAll(newSkills);
        editedAt = now;
        updatedAt = now;
    }

    private void rendered(Rendered rendering) {
        if (rendering.html().length() > HTML_MAX) {
            throw new InvalidQuestion("body", "This question is too long once formatted: shorten it.");
        }
        bodyHtml = rendering.html();
        bodyText = rendering.text();
    }

    void accept(Answer answer, Instant now) {
        if (answer.equals(acceptedAnswer)) {
            throw new Conflict("This answer is already the accepted one");
        }
        if (acceptedAnswer != null) {
            acceptedAnswer.accepted(false);
        }
        acceptedAnswer = answer;
        acceptedAnswerId = answer.id();
        answer.accepted(true);
        acceptedAt = now;
        routingDueAt = null;
        updatedAt = now;
    }

    void unaccept(Instant now) {
        if (acceptedAnswer == null) {
            throw new Conflict("No answer to this question is accepted");
        }
        acceptedAnswer.accepted(false);
        acceptedAnswer = null;
        acceptedAnswerId = null;
        acceptedAt = null;
        updatedAt = now;
    }

    void close(Instant now) {
        if (status == QuestionStatus.CLOSED) {
            throw new Conflict("This question is already closed");
        }
        status = QuestionStatus.CLOSED;
        closedAt = now;
        routingDueAt = null;
        updatedAt = now;
    }

    void reopen(Instant now) {
        if (status != QuestionStatus.CLOSED) {
            throw new Conflict("This question is open");
        }
        status = QuestionStatus.OPEN;
        closedAt = null;
        updatedAt = now;
    }

    void delete(Instant now) {
        if (deletedAt != null) {
            throw new Conflict("This question is already deleted");
        }
        deletedAt = now;
        routingDueAt = null;
        updatedAt = now;
    }

    void promoted(long pageId) {
        wikiPageId = pageId;
    }

    public boolean isClosed() { return status == QuestionStatus.CLOSED; }
    public boolean isDeleted() { return deletedAt != null; }
    public boolean isSolved() { return acceptedAnswerId != null; }

    public Long id() { return id; }
    public Person asker() { return asker; }
    public Network network() { return network; }
    public String title() { return title; }
    public String body() { return body; }
    public String html() { return bodyHtml; }
    public String text() { return bodyText; }
    public List<String> tags() { return tags.stream().sorted().toList(); }
    public List<Skill> skills() { return skills.stream().sorted(Comparator.comparing(Skill::name)).toList(); }
    public QuestionStatus status() { return status; }
    public Answer acceptedAnswer() { return acceptedAnswer; }
    public Long acceptedAnswerId() { return acceptedAnswerId; }
    public int answerCount() { return answerCount; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant editedAt() { return editedAt; }
    public Instant closedAt() { return closedAt; }
    public Instant firstAnswerAt() { return firstAnswerAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public int routingRound() { return routingRound; }
    public Instant routingDueAt() { return routingDueAt; }
    public Long wikiPageId() { return wikiPageId; }
    public long version() { return version; }
}
