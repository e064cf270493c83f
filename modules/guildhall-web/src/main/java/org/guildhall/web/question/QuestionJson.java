package org.guildhall.web.question;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.guildhall.people.Person;
import org.guildhall.question.Answer;
import org.guildhall.question.AnswerComment;
import org.guildhall.question.Question;
import org.guildhall.question.Revision;
import org.guildhall.question.Route;

/** A question as the API shows it. */
public record QuestionJson(long id, String title, String body, String html, List<String> tags, List<SkillRef> skills,
                           NetworkRef network, PersonRef asker, String status, boolean solved, Long acceptedAnswerId,
                           int answerCount, Instant askedAt, Instant editedAt, Instant firstAnswerAt, Instant acceptedAt,
                           long version, String link) {

    public record PersonRef(String username, String displayName, String department) {
        static PersonRef of(Person p) {
            return p == null ? null : new PersonRef(p.username(), p.displayName(), p.department());
        }
    }

    public record SkillRef(String name, String slug) {
    }

    public record NetworkRef(String slug, String name) {
    }

    static QuestionJson of(Question q) {
        var n = q.network();
        return new QuestionJson(q.id(), q.title(), q.body(), q.html(), q.tags(),
                q.skills().stream().map(s -> new SkillRef(s.name(), s.slug())).toList(),
                n == null ? null : new NetworkRef(n.slug(), n.name()), PersonRef.of(q.asker()), q.status().code(), q.isSolved(),
                q.acceptedAnswerId(), q.answerCount(), q.createdAt(), q.editedAt(),
                q.firstAnswerAt(), q.acceptedAt(), q.version(), "/questions/" + q.id());
    }

    /** A question in a list: without its text. */
    public record Summary(long id, String title, List<String> tags, NetworkRef network, PersonRef asker, String status,
                          boolean solved, int answerCount, Instant askedAt, String snippet, String link) {
        static Summary of(Question q, String snippet) {
            var n = q.network();
            return new Summary(q.id(), q.title(), q.tags(), n == null ? null : new NetworkRef(n.slug(), n.name()),
                    PersonRef.of(q.asker()), q.status().code(), q.isSolved(), q.answerCount(), q.createdAt(), snippet,
                    "/questions/" + q.id());
        }
    }

    public record AnswerJson(long id, long questionId, PersonRef author, String body, String html, int score, int upVotes,
                             int downVotes, boolean accepted, Instant createdAt, Instant editedAt, long version, Integer myVote,
                             List<CommentJson> comments, String link) {
        static AnswerJson of(Answer a, Integer myVote, List<AnswerComment> comments) {
            return new AnswerJson(a.id(), a.question().id(), PersonRef.of(a.author()), a.body(), a.html(), a.score(), a.upVotes(),
                    a.downVotes(), a.isAccepted(), a.createdAt(), a.editedAt(), a.version(), myVote,
                    comments.stream().map(CommentJson::of).toList(), "/questions/" + a.question().id() + "#answer-" + a.id());
        }
    }

    public record CommentJson(long id, PersonRef author, String body, String html, Instant createdAt) {
        static CommentJson of(AnswerComment c) {
            return new CommentJson(c.id(), PersonRef.of(c.author()), c.body(), c.html(), c.createdAt());
        }
    }

    public record RouteJson(PersonRef person, int round, String reason, PersonRef routedBy, Instant routedAt, Instant declinedAt) {
        static RouteJson of(Route r) {
            return new RouteJson(PersonRef.of(r.person()), r.round(), r.reason(), PersonRef.of(r.routedBy()), r.routedAt(),
                    r.declinedAt());
        }
    }

    public record RevisionJson(long id, Long answerId, PersonRef editor, String title, String body, Instant at) {
        static RevisionJson of(Revision r) {
            return new RevisionJson(r.id(), r.answer() == null ? null : r.answer().id(), PersonRef.of(r.editor()), r.title(),
                    r.body(), r.createdAt());
        }
    }

    /** A question with its answers, and for its asker and moderators whom it was offered to. */
    /** {@code answers} is one page of them ({@code answersPage} of {@code answersPages}). */
    public record Page(QuestionJson question, List<AnswerJson> answers, int answersPage, int answersPages, List<RouteJson> routes,
                       RouteJson offeredToMe, WikiRef wikiPage) {
    }

    public record WikiRef(String title, String link) {
    }

    static List<AnswerJson> answers(List<Answer> answers, Map<Long, Integer> myVotes, Map<Long, List<AnswerComment>> comments) {
        return answers.stream().map(a -> AnswerJson.of(a, myVotes.get(a.id()), comments.getOrDefault(a.id(), List.of()))).toList();
    }
}
