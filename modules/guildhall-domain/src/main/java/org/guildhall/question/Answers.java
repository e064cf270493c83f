package org.guildhall.question;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.guildhall.access.Conflict;
import org.guildhall.access.Forbidden;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.moderation.Sanctions;
import org.guildhall.moderation.WriteLimits;
import org.guildhall.outbox.Outbox;
import org.guildhall.people.Profiles;

/**
 * Answering, commenting, voting and accepting. Whoever may read a question may answer it while it
 * is open; each person votes once per answer (and may change their mind), never on their own;
 * the asker (or a moderator) accepts one answer. Counts change atomically, outside versions.
 */
@ApplicationScoped
public class Answers {

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionAccess questionAccess;

    @Inject
    Profiles profiles;

    @Inject
    Sanctions sanctions;

    @Inject
    WriteLimits writeLimits;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<Answered> answered;

    @Inject
    Event<AnswerAccepted> accepted;

    @Inject
    Event<AnswerCommented> commented;

    @Transactional
    public Answer answer(Viewer viewer, long questionId,
                         @NotBlank(message = "{answer.body.blank}") @Size(max = Answer.BODY_MAX, message = "{answer.body.size}") String body) {
        var question = questionAccess.visible(viewer, questionId);
        QuestionAccess.requireOpen(question);
        var me = profiles.find(viewer.username());
        sanctions.requireMayWrite(me, question.network());
        writeLimits.spend(viewer.username());
        var answer = Answer.to(question, me, body.strip(), clock.instant());
        questions.store(answer);
        questions.store(Revision.of(answer, me, clock.instant()));
        questions.answered(question, clock.instant());
        questions.recountAnswers(question);
        changed(question);
        answered.fire(new Answered(answer));
        return answer;
    }

    @Transactional
    public Answer edit(Viewer viewer, long answerId,
                       @NotBlank(message = "{answer.body.blank}") @Size(max = Answer.BODY_MAX, message = "{answer.body.size}") String body,
                       Long version) {
        var answer = visibleAnswer(viewer, answerId);
        var question = answer.question();
        if (!viewer.is(answer.author().username()) && !questionAccess.moderates(viewer, question)) {
            throw new Forbidden("Only " + answer.author().displayName() + ", who wrote it, or a moderator can edit this answer");
        }
        QuestionAccess.requireLive(question);
        var me = profiles.find(viewer.username());
        sanctions.requireMayWrite(me, question.network());
        if (version != null && version != answer.version()) {
            throw new StaleEdit("answer", new StaleEdit.Text(null, answer.body()), answer.version(), new StaleEdit.Text(null, body));
        }
        answer.edit(body.strip(), clock.instant());
        questions.store(Revision.of(answer, me, clock.instant()));
        changed(question);
        return answer;
    }

    /** The answer, when the viewer may edit it (its author, or a moderator). */
    @Transactional
    public Answer editable(Viewer viewer, long answerId) {
        var answer = visibleAnswer(viewer, answerId);
        if (!viewer.is(answer.author().username()) && !questionAccess.moderates(viewer, answer.question())) {
            throw new Forbidden("Only " + answer.author().displayName() + ", who wrote it, or a moderator can edit this answer");
        }
        answer.question().title(); // the page shows which question it answers
        return answer;
    }

    /** Deletes the answer (its author, or a moderator); answers its question. */
    @Transactional
    public Question delete(Viewer viewer, long answerId) {
        var answer = visibleAnswer(viewer, answerId);
        if (!viewer.is(answer.author().username()) && !questionAccess.moderates(viewer, answer.question())) {
            throw new Forbidden("Only " + answer.author().displayName() + ", who wrote it, or a moderator can delete this answer");
        }
        answer.delete(clock.instant());
        questions.recountAnswers(answer.question());
        changed(answer.question());
        return answer.question();
    }

    @Transactional
    public AnswerComment comment(Viewer viewer, long answerId,
                                @NotBlank(message = "{comment.body.blank}") @Size(max = AnswerComment.BODY_MAX, message = "{comment.body.size}") String body) {
        var answer = visibleAnswer(viewer, answerId);
        QuestionAccess.requireOpen(answer.question());
        var me = profiles.find(viewer.username());
        sanctions.requireMayWrite(me, answer.question().network());
        writeLimits.spend(viewer.username());
        var comment = new AnswerComment(answer, me, body.strip(), clock.instant());
        questions.store(comment);
        questions.recountAnswers(answer.question());
        commented.fire(new AnswerCommented(comment));
        return comment;
    }

    /** Votes an answer up ({@code up}) or down; voting the same way twice is refused, the other way changes the vote. */
    @Transactional
    public Answer vote(Viewer viewer, long answerId, boolean up) {
        var answer = visibleAnswer(viewer, answerId);
        QuestionAccess.requireOpen(answer.question());
        var me = profiles.find(viewer.username());
        if (answer.author().equals(me)) {
            throw new Conflict("You cannot vote on your own answer");
        }
        if (!questions.vote(answer, me, up ? 1 : -1, clock.instant())) {
            throw new Conflict("You have already voted this answer " + (up ? "up" : "down"));
        }
        questions.recountVotes(answer);
        changed(answer.question()); // votes are evidence of expertise: the answer's contribution is indexed again
        return answer;
    }

    @Transactional
    public Answer unvote(Viewer viewer, long answerId) {
        var answer = visibleAnswer(viewer, answerId);
        QuestionAccess.requireOpen(answer.question());
        if (!questions.unvote(answer, profiles.find(viewer.username()))) {
            throw new Conflict("You have not voted on this answer");
        }
        questions.recountVotes(answer);
        changed(answer.question());
        return answer;
    }

    /** The asker (or a moderator) accepts this answer, replacing any accepted before: the question is solved. */
    @Transactional
    public Answer accept(Viewer viewer, long answerId) {
        var answer = visibleAnswer(viewer, answerId);
        var question = answer.question();
        questionAccess.requireMayAccept(viewer, question);
        QuestionAccess.requireLive(question);
        question.accept(answer, clock.instant());
        changed(question);
        accepted.fire(new AnswerAccepted(answer, profiles.find(viewer.username())));
        return answer;
    }

    @Transactional
    public Question unaccept(Viewer viewer, long questionId) {
        var question = questionAccess.visible(viewer, questionId);
        questionAccess.requireMayAccept(viewer, question);
        QuestionAccess.requireLive(question);
        question.unaccept(clock.instant());
        changed(question);
        return question;
    }

    private Answer visibleAnswer(Viewer viewer, long answerId) {
        var answer = questions.answer(answerId).filter(a -> !a.isDeleted())
                .orElseThrow(() -> new NotFound("No answer " + answerId));
        questionAccess.requireVisible(viewer, answer.question());
        return answer;
    }

    private void changed(Question question) {
        questions.flush();
        outbox.append(Questions.AGGREGATE, question.id());
    }
}
