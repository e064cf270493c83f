package org.guildhall.web.question;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.Viewer;
import org.guildhall.question.QuestionMetrics;
import org.guildhall.question.Questions;
import org.guildhall.web.network.NetworkApi.ListPage;
import org.guildhall.web.view.Paging;

/**
 * A network's questions and their metrics. A root resource of its own: the network API's
 * {@code api/v1/networks} would otherwise take these addresses and answer 404.
 */
@RequestScoped
@Path("api/v1/networks/{slug}/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions", description = "Questions and answers: asking, answering, voting, accepting, routing to colleagues, promoting answers to the wiki, and metrics.")
public class NetworkQuestionsApi {

    @Inject
    Questions questions;

    @Inject
    QuestionMetrics metrics;

    @Inject
    Viewer viewer;

    @Parameter(description = "The network's slug", example = "platform-engineering")
    @PathParam("slug")
    String slug;

    @GET
    @Operation(summary = "List a network's questions", description = "The network's questions the caller may read, newest first, as `GET /api/v1/questions?network=`: 404 for a network the caller may not see, 403 for one whose content they may not read. An unknown `state` is a 400.")
    public ListPage<QuestionJson.Summary> list(
            @Parameter(description = "all (default), unanswered, unsolved or solved", example = "unanswered") @QueryParam("state") String state,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var query = new Questions.ListQuery(slug, null, QuestionApi.state(state), false, null, null);
        return ListPage.of(questions.list(viewer, query, paging.page(), paging.size()).map(q -> QuestionJson.Summary.of(q, null)));
    }

    /** For the network's owners and moderators. */
    @GET
    @Path("metrics")
    @Operation(summary = "Read a network's question metrics", description = "How many questions were asked, answered and accepted, time to first and accepted answer (ISO-8601 durations), answers accepted from routing or across departments, and weekly counts. Owners, moderators and administrators (403 for others).")
    public QuestionMetrics.Metrics metrics(
            @Parameter(description = "The period in days, 7–730 (default 90)", example = "90") @QueryParam("days") String days) {
        return metrics.ofNetwork(viewer, slug, QuestionApi.days(days));
    }
}
