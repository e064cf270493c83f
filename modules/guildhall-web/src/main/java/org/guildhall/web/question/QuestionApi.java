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
    public ListPage<QuestionJson.Summary> list(@QueryParam("network") String network, @QueryParam("tag") String tag,
                                               @QueryParam("state") String state, @QueryParam("routed") String routed,
                                               @QueryParam("askedBy") String askedBy, @QueryParam("answeredBy") String answeredBy,
                                               @QueryParam("q") String q, @QueryParam("page") String page,
                                               @QueryParam("size") String size) {
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
    public Response ask(QuestionInput input) {
        var question = questions.ask(viewer, require(input).draft());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/questions/{id}").build(question.id()))
                .entity(QuestionJson.of(question)).build();
    }

    /** The questions most like a title being typed, among those the caller may read. */
    @GET
    @Path("questions/similar")
    public List<QuestionJson.Summary> similar(@QueryParam("title") String title) {
        return search.similar(viewer, title).stream().map(h -> QuestionJson.Summary.of(h.question(), h.snippet())).toList();
    }

    /** The question with a page of its answers ({@code page}, 30 a page, the accepted one first). */
    @GET
    @Path("questions/{id: \\d+}")
    public QuestionJson.Page read(@PathParam("id") long id, @QueryParam("page") String page) {
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
    public QuestionJson edit(@PathParam("id") long id, QuestionInput input) {
        return QuestionJson.of(questions.edit(viewer, id, require(input).draft(), input.version()));
    }

    @DELETE
    @Path("questions/{id: \\d+}")
    public Response delete(@PathParam("id") long id) {
        questions.delete(viewer, id);
        return Response.noContent().build();
    }

    @POST
    @Path("questions/{id: \\d+}/{change: close|reopen}")
    public QuestionJson close(@PathParam("id") long id, @PathParam("change") String change) {
        return QuestionJson.of(questions.close(viewer, id, "close".equals(change)));
    }

    @GET
    @Path("questions/{id: \\d+}/history")
    public List<QuestionJson.RevisionJson> history(@PathParam("id") long id) {
        return questions.history(viewer, id).stream().map(QuestionJson.RevisionJson::of).toList();
    }

    @POST
    @Path("questions/{id: \\d+}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") long id, Text text) {
        var answer = answers.answer(viewer, id, text == null ? null : text.body());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/answers/{id}").build(answer.id()))
                .entity(QuestionJson.AnswerJson.of(answer, null, List.of())).build();
    }

    @PUT
    @Path("answers/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionJson.AnswerJson editAnswer(@PathParam("id") long id, Text text) {
        return QuestionJson.AnswerJson.of(answers.edit(viewer, id, text == null ? null : text.body(), text == null ? null : text.version()),
                null, List.of());
    }

    @DELETE
    @Path("answers/{id: \\d+}")
    public Response deleteAnswer(@PathParam("id") long id) {
        answers.delete(viewer, id);
        return Response.noContent().build();
    }

    @POST
    @Path("answers/{id: \\d+}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") long id, Text text) {
        var comment = answers.comment(viewer, id, text == null ? null : text.body());
        return Response.status(201).entity(QuestionJson.CommentJson.of(comment)).build();
    }

    /** Votes {@code up} or {@code down}; the same vote twice is a 409, the other one changes it. */
    @PUT
    @Path("answers/{id: \\d+}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionJson.AnswerJson vote(@PathParam("id") long id, VoteInput input) {
        var vote = input == null || input.vote() == null ? "" : input.vote().strip();
        if (!vote.equals("up") && !vote.equals("down")) {
            throw new InvalidRequest("vote is up or down");
        }
        return QuestionJson.AnswerJson.of(answers.vote(viewer, id, vote.equals("up")), vote.equals("up") ? 1 : -1, List.of());
    }

    @DELETE
    @Path("answers/{id: \\d+}/vote")
    public QuestionJson.AnswerJson unvote(@PathParam("id") long id) {
        return QuestionJson.AnswerJson.of(answers.unvote(viewer, id), null, List.of());
    }

    @POST
    @Path("answers/{id: \\d+}/accept")
    public QuestionJson.AnswerJson accept(@PathParam("id") long id) {
        return QuestionJson.AnswerJson.of(answers.accept(viewer, id), null, List.of());
    }

    @DELETE
    @Path("questions/{id: \\d+}/accepted")
    public QuestionJson unaccept(@PathParam("id") long id) {
        return QuestionJson.of(answers.unaccept(viewer, id));
    }

    /** "Not my area": declines a question offered to the caller. */
    @POST
    @Path("questions/{id: \\d+}/decline")
    public QuestionJson.RouteJson decline(@PathParam("id") long id) {
        return QuestionJson.RouteJson.of(routings.decline(viewer, id));
    }

    /** Offers the question to a colleague by name; they must be able to read it. */
    @POST
    @Path("questions/{id: \\d+}/routes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response route(@PathParam("id") long id, RouteInput input) {
        var route = routings.routeTo(viewer, id, input == null ? null : input.username(), input == null ? null : input.note());
        return Response.status(201).entity(QuestionJson.RouteJson.of(route)).build();
    }

    @GET
    @Path("questions/{id: \\d+}/routes")
    public List<QuestionJson.RouteJson> routes(@PathParam("id") long id) {
        return questions.read(viewer, id).routes().stream().map(QuestionJson.RouteJson::of).toList();
    }

    @GET
    @Path("me/routed-questions")
    public ListPage<QuestionJson.Summary> routedToMe(@QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var query = new Questions.ListQuery(null, null, QuestionRepository.State.UNSOLVED, true, null, null);
        return ListPage.of(questions.list(viewer, query, paging.page(), paging.size()).map(q -> QuestionJson.Summary.of(q, null)));
    }

    /** Turns the accepted answer into a new wiki page, or a section of the page {@code page} names. */
    @POST
    @Path("questions/{id: \\d+}/promote")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response promote(@PathParam("id") long id, PromoteInput input) {
        var page = promotion.promote(viewer, id, input == null ? null : input.page(), input == null ? null : input.title());
        return Response.status(201).entity(new QuestionJson.WikiRef(page.title(),
                "/networks/" + page.network().slug() + "/wiki/" + page.slug())).build();
    }

    @GET
    @Path("questions/metrics")
    public QuestionMetrics.Metrics departmentMetrics(@QueryParam("department") String department, @QueryParam("days") String days) {
        return metrics.ofDepartment(viewer, department, days(days));
    }

    @GET
    @Path("people/{username}/reputation")
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
