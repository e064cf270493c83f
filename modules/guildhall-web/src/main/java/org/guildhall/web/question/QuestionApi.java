package org.guildhall.web.question;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.Viewer;
import org.guildhall.people.Profiles;
import org.guildhall.question.Answers;
import org.guildhall.question.Promotion;
import org.guildhall.question.QuestionMetrics;
import org.guildhall.question.QuestionRepository;
import org.guildhall.question.Questions;
import org.guildhall.question.Reputation;
import org.guildhall.question.Routings;
import org.guildhall.search.Hits;
import org.guildhall.search.question.QuestionSearch;
import org.guildhall.web.error.InvalidRequest;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.SearchText;

/** Questions and answers for integrations: the same services as the pages, in JSON. */
@RequestScoped
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions", description = "Questions and answers: asking, answering, voting, accepting, routing to colleagues, promoting answers to the wiki, and metrics.")
public class QuestionApi {

    @Inject
    Questions questions;

    @Inject
    Answers answers;

    @Inject
    Routings routings;

    @Inject
    Promotion promotion;

    @Inject
    QuestionMetrics metrics;

    @Inject
    Reputation reputation;

    @Inject
    QuestionSearch search;

    @Inject
    Profiles profiles;

    @Inject
    Viewer viewer;

    @Context
    UriInfo uri;

    public record Text(String body, Long version) {
    }

    public record VoteInput(String vote) {
    }

    public record RouteInput(String username, String note) {
    }

    public record PromoteInput(String page, String title) {
    }

    /**
     * Questions the caller may read, newest first: in a network, with a tag, by state
     * ({@code unanswered}, {@code unsolved}, {@code solved}), offered to the caller ({@code routed=me}),
     * asked or answered by someone; {@code q} searches instead.
     */
    @GET
    @Path("questions")
    @Operation(summary = "List or search questions", description = "Questions the caller may read, newest first, the same service as the questions pages; `q` searches instead (with `snippet`) and ignores the other filters. An unknown `state` or a `routed` other than `me` is a 400.")
    public ListPage<QuestionJson.Summary> list(
            @Parameter(description = "Only this network's questions (its slug)", example = "platform-engineering") @QueryParam("network") String network,
            @Parameter(description = "Only questions with this tag", example = "postgres") @QueryParam("tag") String tag,
            @Parameter(description = "all (default), unanswered, unsolved or solved", example = "unsolved") @QueryParam("state") String state,
            @Parameter(description = "me: only questions offered to the caller and not declined", example = "me") @QueryParam("routed") String routed,
            @Parameter(description = "Only questions asked by this username", example = "ada.lovelace") @QueryParam("askedBy") String askedBy,
            @Parameter(description = "Only questions answered by this username", example = "alan.turing") @QueryParam("answeredBy") String answeredBy,
            @Parameter(description = "Search questions instead; the other filters are then ignored", example = "rotate credentials") @QueryParam("q") String q,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        if (q != null && !q.isBlank()) {
            return ListPage.of(search.find(viewer, SearchText.of(q), paging.within(Hits.MAX_WINDOW).page(), paging.size())
                    .map(h -> QuestionJson.Summary.of(h.question(), h.snippet())));
        }
        if (routed != null && !routed.isBlank() && !"me".equals(routed)) {
            throw new InvalidRequest("routed is me or nothing");
        }
        var query = new Questions.ListQuery(network, tag, state(state), "me".equals(routed), askedBy, answeredBy);
        return ListPage.of(questions.list(viewer, query, paging.page(), paging.size()).map(x -> QuestionJson.Summary.of(x, null)));
    }

    static QuestionRepository.State state(String state) {
        if (state == null || state.isBlank()) {
            return QuestionRepository.State.ALL;
        }
        return org.guildhall.network.Coded.parse(QuestionRepository.State.class, state.strip())
                .orElseThrow(() -> new InvalidRequest("state is all, unanswered, unsolved or solved"));
    }

    @POST
    @Path("questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask a question", description = "Asks in a network the caller is a member of (403 otherwise) or, without `network`, company-wide (employees only); a network the caller may not see is a 404. Invalid fields (`title` 10–200 characters, at most 5 known `skills`) are a 400 problem with `errors[]`. The question is then offered to likely experts by the background router.")
    @APIResponse(responseCode = "201", description = "The question; Location points at it")
    public Response ask(
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "A question in a network", value = "{\"title\": \"How do we rotate the Postgres credentials without downtime?\", \"body\": \"Our services read the password at start-up. Is there a way to rotate it **without** restarting every pod?\", \"tags\": [\"postgres\", \"secrets\"], \"skills\": [\"postgresql\", \"kubernetes\"], \"network\": \"platform-engineering\"}"))) QuestionInput input) {
        var question = questions.ask(viewer, require(input).draft());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/questions/{id}").build(question.id()))
                .entity(QuestionJson.of(question)).build();
    }

    /** The questions most like a title being typed, among those the caller may read. */
    @GET
    @Path("questions/similar")
    @Operation(summary = "Find similar questions", description = "Up to 5 questions most like a title being typed, among those the caller may read, with their solved state; nothing for fewer than 3 characters.")
    public List<QuestionJson.Summary> similar(
            @Parameter(description = "The title typed so far", example = "rotate postgres pass") @QueryParam("title") String title) {
        return search.similar(viewer, title).stream().map(h -> QuestionJson.Summary.of(h.question(), h.snippet())).toList();
    }

    /** The question with a page of its answers ({@code page}, 30 a page, the accepted one first). */
    @GET
    @Path("questions/{id: \\d+}")
    @Operation(summary = "Read a question", description = "The question with a page of its answers (30 a page, the accepted one first, then by score), the routes (for the asker and moderators), whether it was offered to the caller, and the wiki page it became. 404 for a question the caller may not read.")
    public QuestionJson.Page read(
            @PathParam("id") long id,
            @Parameter(description = "Page of answers, from 1 (30 a page)", example = "1") @QueryParam("page") String page) {
        return page(questions.read(viewer, id, Paging.of(page, null, Questions.ANSWERS_PAGE).page()));
    }

    static QuestionJson.Page page(Questions.Reading r) {
        var wiki = r.wikiPage() == null ? null : new QuestionJson.WikiRef(r.wikiPage().title(),
                "/networks/" + r.wikiPage().network().slug() + "/wiki/" + r.wikiPage().slug());
        return new QuestionJson.Page(QuestionJson.of(r.question()), QuestionJson.answers(r.answers().items(), r.myVotes(), r.comments()),
                r.answers().page(), r.answers().pages(), r.routes().stream().map(QuestionJson.RouteJson::of).toList(),
                r.myRoute() == null ? null : QuestionJson.RouteJson.of(r.myRoute()), wiki);
    }

    @PUT
    @Path("questions/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit a question", description = "The asker or a moderator edits; 403 for others. `version` is the one the edit started from: a stale one is a 409 with `current` and `yours`.")
    public QuestionJson edit(@PathParam("id") long id, QuestionInput input) {
        return QuestionJson.of(questions.edit(viewer, id, require(input).draft(), input.version()));
    }

    @DELETE
    @Path("questions/{id: \\d+}")
    @Operation(summary = "Delete a question", description = "The asker deletes a question nobody answered (409 once answered: close it instead); a moderator deletes any. 403 for others.")
    @APIResponse(responseCode = "204", description = "The question was deleted")
    public Response delete(@PathParam("id") long id) {
        questions.delete(viewer, id);
        return Response.noContent().build();
    }

    @POST
    @Path("questions/{id: \\d+}/{change: close|reopen}")
    @Operation(summary = "Close or reopen a question", description = "The asker or a moderator (403 for others). A closed question takes no answers, comments, votes or offers by name (409); reopening brings them back.")
    public QuestionJson close(
            @PathParam("id") long id,
            @Parameter(description = "close or reopen", example = "close") @PathParam("change") String change) {
        return QuestionJson.of(questions.close(viewer, id, "close".equals(change)));
    }

    @GET
    @Path("questions/{id: \\d+}/history")
    @Operation(summary = "Read a question's history", description = "Every version of the question's and its answers' text, newest first (`answerId` null: the question itself); deleted answers' text is left out.")
    public List<QuestionJson.RevisionJson> history(@PathParam("id") long id) {
        return questions.history(viewer, id).stream().map(QuestionJson.RevisionJson::of).toList();
    }

    @POST
    @Path("questions/{id: \\d+}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a question", description = "Whoever may read an open question may answer it; a closed question is a 409, a ban or mute a 403, writing too fast a 429.")
    @APIResponse(responseCode = "201", description = "The answer; Location points at it")
    public Response answer(@PathParam("id") long id, Text text) {
        var answer = answers.answer(viewer, id, text == null ? null : text.body());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/answers/{id}").build(answer.id()))
                .entity(QuestionJson.AnswerJson.of(answer, null, List.of())).build();
    }

    @PUT
    @Path("answers/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit an answer", description = "Its author or a moderator edits (403 for others). `version` is the one the edit started from: a stale one is a 409 with `current` and `yours`.")
    public QuestionJson.AnswerJson editAnswer(@PathParam("id") long id, Text text) {
        return QuestionJson.AnswerJson.of(answers.edit(viewer, id, text == null ? null : text.body(), text == null ? null : text.version()),
                null, List.of());
    }

    @DELETE
    @Path("answers/{id: \\d+}")
    @Operation(summary = "Delete an answer", description = "Its author or a moderator deletes it (403 for others); the accepted answer is a 409.")
    @APIResponse(responseCode = "204", description = "The answer was deleted")
    public Response deleteAnswer(@PathParam("id") long id) {
        answers.delete(viewer, id);
        return Response.noContent().build();
    }

    @POST
    @Path("answers/{id: \\d+}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on an answer", description = "Whoever may read the question comments under an answer, whose author is notified; a closed question is a 409.")
    @APIResponse(responseCode = "201", description = "The comment")
    public Response comment(@PathParam("id") long id, Text text) {
        var comment = answers.comment(viewer, id, text == null ? null : text.body());
        return Response.status(201).entity(QuestionJson.CommentJson.of(comment)).build();
    }

    /** Votes {@code up} or {@code down}; the same vote twice is a 409, the other one changes it. */
    @PUT
    @Path("answers/{id: \\d+}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vote on an answer", description = "`{\"vote\": \"up\"}` or `\"down\"` (400 otherwise); the other vote changes it. The same vote twice, one's own answer or a closed question is a 409. Answers the answer with its new score.")
    public QuestionJson.AnswerJson vote(@PathParam("id") long id, VoteInput input) {
        var vote = input == null || input.vote() == null ? "" : input.vote().strip();
        if (!vote.equals("up") && !vote.equals("down")) {
            throw new InvalidRequest("vote is up or down");
        }
        return QuestionJson.AnswerJson.of(answers.vote(viewer, id, vote.equals("up")), vote.equals("up") ? 1 : -1, List.of());
    }

    @DELETE
    @Path("answers/{id: \\d+}/vote")
    @Operation(summary = "Take back my vote", description = "Removes the caller's vote on an answer; 409 when there is none.")
    public QuestionJson.AnswerJson unvote(@PathParam("id") long id) {
        return QuestionJson.AnswerJson.of(answers.unvote(viewer, id), null, List.of());
    }

    @POST
    @Path("answers/{id: \\d+}/accept")
    @Operation(summary = "Accept an answer", description = "The asker, or a moderator of the network (an administrator for company-wide questions), accepts an answer, replacing any accepted before. 403 for anyone else; 409 when it is already accepted.")
    public QuestionJson.AnswerJson accept(@PathParam("id") long id) {
        return QuestionJson.AnswerJson.of(answers.accept(viewer, id), null, List.of());
    }

    @DELETE
    @Path("questions/{id: \\d+}/accepted")
    @Operation(summary = "Unaccept the accepted answer", description = "The asker, or a moderator of the network (an administrator for company-wide questions), takes the acceptance back (403 for others); answers the question.")
    public QuestionJson unaccept(@PathParam("id") long id) {
        return QuestionJson.of(answers.unaccept(viewer, id));
    }

    /** "Not my area": declines a question offered to the caller. */
    @POST
    @Path("questions/{id: \\d+}/decline")
    @Operation(summary = "Decline a question offered to me", description = "\"Not my area\": declines a question routed to the caller; 409 when it was not offered to them or was declined already.")
    public QuestionJson.RouteJson decline(@PathParam("id") long id) {
        return QuestionJson.RouteJson.of(routings.decline(viewer, id));
    }

    /** Offers the question to a colleague by name; they must be able to read it. */
    @POST
    @Path("questions/{id: \\d+}/routes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offer a question to a colleague", description = "Offers the question to someone by username, with an optional note. A person who cannot read it, does not exist, asked it or is the caller is a 400 on `person`; someone already offered it, or a closed question, is a 409.")
    @APIResponse(responseCode = "201", description = "The route: whom it was offered to and why")
    public Response route(@PathParam("id") long id, RouteInput input) {
        var route = routings.routeTo(viewer, id, input == null ? null : input.username(), input == null ? null : input.note());
        return Response.status(201).entity(QuestionJson.RouteJson.of(route)).build();
    }

    @GET
    @Path("questions/{id: \\d+}/routes")
    @Operation(summary = "List whom a question was offered to", description = "Each offer's person, round (0: by name), reason, who routed it and when, and whether it was declined. For the asker and moderators; empty for others.")
    public List<QuestionJson.RouteJson> routes(@PathParam("id") long id) {
        return questions.read(viewer, id).routes().stream().map(QuestionJson.RouteJson::of).toList();
    }

    @GET
    @Path("me/routed-questions")
    @Operation(summary = "List questions offered to me", description = "Unsolved questions routed to the caller that they have not declined.")
    public ListPage<QuestionJson.Summary> routedToMe(
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var query = new Questions.ListQuery(null, null, QuestionRepository.State.UNSOLVED, true, null, null);
        return ListPage.of(questions.list(viewer, query, paging.page(), paging.size()).map(q -> QuestionJson.Summary.of(q, null)));
    }

    /** Turns the accepted answer into a new wiki page, or a section of the page {@code page} names. */
    @POST
    @Path("questions/{id: \\d+}/promote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Promote an accepted answer to the wiki", description = "The network's owners and moderators (403 for others) turn the accepted answer into a new wiki page (`title`) or a section of an existing one (`page`). No accepted answer, an answer already promoted or a company-wide question is a 409.")
    @APIResponse(responseCode = "201", description = "The wiki page it went to: its title and link")
    public Response promote(@PathParam("id") long id, PromoteInput input) {
        var page = promotion.promote(viewer, id, input == null ? null : input.page(), input == null ? null : input.title());
        return Response.status(201).entity(new QuestionJson.WikiRef(page.title(),
                "/networks/" + page.network().slug() + "/wiki/" + page.slug())).build();
    }

    @GET
    @Path("questions/metrics")
    @Operation(summary = "Read question metrics for a department", description = "For questions asked from a department: how many were asked, answered and accepted, time to first and accepted answer (ISO-8601 durations), and weekly counts. HR and administrators only (403 for others); `department` is required (400 otherwise).")
    public QuestionMetrics.Metrics departmentMetrics(
            @Parameter(description = "The askers' department", example = "Research") @QueryParam("department") String department,
            @Parameter(description = "The period in days, 7–730 (default 90)", example = "90") @QueryParam("days") String days) {
        return metrics.ofDepartment(viewer, department, days(days));
    }

    @GET
    @Path("people/{username}/reputation")
    @Operation(summary = "Read a person's reputation", description = "What a person answered, how much was accepted and up-voted, and the topics, counted over questions the caller may read; 404 for an unknown person.")
    public Reputation.Standing reputation(@PathParam("username") String username) {
        return reputation.of(viewer, profiles.find(username));
    }

    /** A number of days as typed; blank for the default. */
    static Integer days(String days) {
        if (days == null || days.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequest("days is a number of days");
        }
    }

    private static QuestionInput require(QuestionInput input) {
        if (input == null) {
            throw new InvalidRequest("Send the question as JSON: title, body, tags, skills, network");
        }
        return input;
    }
}
