package org.guildhall.web.question;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
public class NetworkQuestionsApi {

    @Inject
    Questions questions;

    @Inject
    QuestionMetrics metrics;

    @Inject
    Viewer viewer;

    @PathParam("slug")
    String slug;

    @GET
    public ListPage<QuestionJson.Summary> list(@QueryParam("state") String state, @QueryParam("page") String page,
                                               @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var query = new Questions.ListQuery(slug, null, QuestionApi.state(state), false, null, null);
        return ListPage.of(questions.list(viewer, query, paging.page(), paging.size()).map(q -> QuestionJson.Summary.of(q, null)));
    }

    /** For the network's owners and moderators. */
    @GET
    @Path("metrics")
    public QuestionMetrics.Metrics metrics(@QueryParam("days") String days) {
        return metrics.ofNetwork(viewer, slug, QuestionApi.days(days));
    }
}
