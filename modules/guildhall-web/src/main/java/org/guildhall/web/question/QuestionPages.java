package org.guildhall.web.question;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.network.Network;
import org.guildhall.question.Answers;
import org.guildhall.question.Promotion;
import org.guildhall.question.Questions;
import org.guildhall.question.Routings;
import org.guildhall.question.StaleEdit;
import org.guildhall.search.Hits;
import org.guildhall.search.SearchUnavailable;
import org.guildhall.search.question.QuestionSearch;
import org.guildhall.text.Markdown;
import org.guildhall.web.view.FieldMessages;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.SearchText;
import org.guildhall.web.view.View;

/** Questions for people: lists, asking, a question with its answers, and what one does there. */
@RequestScoped
@Path("questions")
@Produces(MediaType.TEXT_HTML)
public class QuestionPages {

    @Inject
    Questions questions;

    @Inject
    Answers answers;

    @Inject
    Routings routings;

    @Inject
    Promotion promotion;

    @Inject
    QuestionSearch search;

    @Inject
    org.guildhall.question.QuestionMetrics metrics;

    @Inject
    org.guildhall.people.PersonRepository people;

    @Inject
    Validator validator;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    /** Every question the reader may read, narrowed by state, network, tag or "offered to me"; or searched. */
    @GET
    public View list(@QueryParam("state") String state, @QueryParam("network") String network, @QueryParam("tag") String tag,
                     @QueryParam("routed") String routed, @QueryParam("answeredBy") String answeredBy,
                     @QueryParam("q") String q, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 20);
        var view = View.of("question/list").with("state", QuestionApi.state(state).code()).with("network", network)
                .with("tag", tag).with("routed", "me".equals(routed)).with("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            try {
                var hits = search.find(viewer, SearchText.of(q), paging.within(Hits.MAX_WINDOW).page(), paging.size());
                return view.with("questions", hits.map(QuestionSearch.QuestionHit::question))
                        .with("snippets", hits.items().stream().filter(h -> h.snippet() != null)
                                .collect(java.util.stream.Collectors.toMap(h -> h.question().id(), QuestionSearch.QuestionHit::snippet)));
            } catch (SearchUnavailable e) {
                return view.with("questions", new org.guildhall.paging.Page<>(List.of(), 0, 1, paging.size()))
                        .with("snippets", Map.of()).with("searchDown", true);
            }
        }
        var query = new Questions.ListQuery(network, tag, QuestionApi.state(state), "me".equals(routed), null, answeredBy);
        return view.with("questions", questions.list(viewer, query, paging.page(), paging.size())).with("snippets", Map.of());
    }

    /** The questions most like a title being typed, as a fragment the ask form shows. */
    @GET
    @Path("similar")
    public View similar(@QueryParam("title") String title) {
        List<QuestionSearch.QuestionHit> found;
        try {
            found = search.similar(viewer, title);
        } catch (SearchUnavailable e) {
            found = List.of();
        }
        return View.fragment("question/similar").with("similar", found);
    }

    @GET
    @Path("ask")
    public View askForm(@QueryParam("network") String network) {
        var place = questions.placeToAsk(viewer, network);
        return form(new QuestionForm("", "", "", "", place == null ? null : place.slug(), null), Map.of(), null, null, place);
    }

    @POST
    @Path("ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@BeanParam QuestionForm.Fields fields, @FormParam("action") String action) {
        var form = fields.form();
        var place = questions.placeToAsk(viewer, form.network());
        if ("preview".equals(action)) {
            return Response.ok(form(form, Map.of(), null, Markdown.html(form.draft().body()), place)
                    .with("similar", similarTo(form.title()))).build();
        }
        var errors = validate(form);
        if (errors.isEmpty()) {
            try {
                var question = questions.ask(viewer, form.draft());
                flash.success("flash.question.asked");
                return toQuestion(question.id(), null);
            } catch (InvalidField e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        return Response.status(400).entity(form(form, errors, null, null, place)).build();
    }

    @GET
    @Path("{id: \\d+}")
    public View question(@PathParam("id") long id, @QueryParam("page") String page) {
        var reading = questions.read(viewer, id, Paging.of(page, null, Questions.ANSWERS_PAGE).page());
        var answerList = reading.answers();
        return View.of("question/view").with("r", reading).with("q", reading.question()).with("answers", answerList)
                .with("canPromote", reading.canModerate() && reading.question().network() != null
                        && reading.question().isSolved() && reading.wikiPage() == null);
    }

    @GET
    @Path("{id: \\d+}/edit")
    public View editForm(@PathParam("id") long id) {
        var question = questions.editable(viewer, id);
        return form(QuestionForm.of(question), Map.of(), id, null, question.network());
    }

    @POST
    @Path("{id: \\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @BeanParam QuestionForm.Fields fields, @FormParam("action") String action) {
        var form = fields.form();
        var place = questions.editable(viewer, id).network();
        if ("preview".equals(action)) {
            return Response.ok(form(form, Map.of(), id, Markdown.html(form.draft().body()), place)).build();
        }
        var errors = validate(form);
        if (errors.isEmpty()) {
            try {
                questions.edit(viewer, id, form.draft(), form.version());
                flash.success("flash.question.edited");
                return toQuestion(id, null);
            } catch (InvalidField e) {
                errors.put(e.field(), e.getMessage());
            } catch (StaleEdit e) {
                return Response.status(409).entity(form(form.withVersion(e.version()), Map.of(), id, null, place)
                        .with("stale", e.saved()).with("staleHtml", Markdown.html(e.saved().body()))).build();
            }
        }
        return Response.status(400).entity(form(form, errors, id, null, place)).build();
    }

    @POST
    @Path("{id: \\d+}/{action: close|reopen|delete|decline|unaccept}")
    public Response questionAction(@PathParam("id") long id, @PathParam("action") String action) {
        switch (action) {
            case "close", "reopen" -> questions.close(viewer, id, "close".equals(action));
            case "delete" -> {
                questions.delete(viewer, id);
                flash.success("flash.question.deleted");
                return Response.seeOther(URI.create("/questions")).build();
            }
            case "decline" -> routings.decline(viewer, id);
            default -> answers.unaccept(viewer, id);
        }
        flash.success("flash.question." + action);
        return toQuestion(id, null);
    }

    @POST
    @Path("{id: \\d+}/answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, @FormParam("body") String body) {
        var answer = answers.answer(viewer, id, body);
        flash.success("flash.answer.posted");
        return toQuestion(id, "answer-" + answer.id());
    }

    @POST
    @Path("{id: \\d+}/routes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response route(@PathParam("id") long id, @FormParam("username") String username, @FormParam("note") String note) {
        var route = routings.routeTo(viewer, id, username, note);
        flash.success("flash.question.routed", route.person().displayName());
        return toQuestion(id, "routes");
    }

    @POST
    @Path("{id: \\d+}/promote")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response promote(@PathParam("id") long id, @FormParam("page") String page, @FormParam("title") String title) {
        var promoted = promotion.promote(viewer, id, page, title);
        flash.success("flash.question.promoted", promoted.title());
        return Response.seeOther(UriBuilder.fromPath("/networks/{n}/wiki/{p}").build(promoted.network().slug(), promoted.slug())).build();
    }

    @GET
    @Path("{id: \\d+}/history")
    public View history(@PathParam("id") long id) {
        var reading = questions.read(viewer, id);
        return View.of("question/history").with("q", reading.question()).with("revisions", questions.history(viewer, id));
    }

    /** Questions answered in a network (its owners and moderators) or asked from a department (HR). */
    @GET
    @Path("metrics")
    public View metrics(@QueryParam("network") String network, @QueryParam("department") String department,
                        @QueryParam("days") String days) {
        var view = View.of("question/metrics").with("network", network).with("department", department)
                .with("departments", viewer.isHr() || viewer.isAdmin() ? people.departments() : List.of());
        if (network != null && !network.isBlank()) {
            return view.with("m", metrics.ofNetwork(viewer, network.strip(), QuestionApi.days(days)));
        }
        if (department != null && !department.isBlank()) {
            return view.with("m", metrics.ofDepartment(viewer, department, QuestionApi.days(days)));
        }
        if (!viewer.isHr() && !viewer.isAdmin()) {
            throw new org.guildhall.access.Forbidden("Network owners see their network's questions from the network's page; HR sees them by department");
        }
        return view.with("m", null);
    }

    // ---- answers ----------------------------------------------------------------------------

    @GET
    @Path("answers/{id: \\d+}/edit")
    public View editAnswerForm(@PathParam("id") long id) {
        var answer = answers.editable(viewer, id);
        return View.of("question/answer-edit").with("a", answer).with("body", answer.body()).with("version", answer.version())
                .with("errors", Map.of());
    }

    @POST
    @Path("answers/{id: \\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response editAnswer(@PathParam("id") long id, @FormParam("body") String body, @FormParam("version") Long version) {
        try {
            var answer = answers.edit(viewer, id, body, version);
            flash.success("flash.answer.edited");
            return toQuestion(answer.question().id(), "answer-" + id);
        } catch (StaleEdit e) {
            var answer = answers.editable(viewer, id);
            return Response.status(409).entity(View.of("question/answer-edit").with("a", answer).with("body", body)
                    .with("version", e.version()).with("errors", Map.of()).with("stale", e.saved())
                    .with("staleHtml", Markdown.html(e.saved().body()))).build();
        }
    }

    @POST
    @Path("answers/{id: \\d+}/{action: accept|up|down|unvote|delete}")
    public Response answerAction(@PathParam("id") long id, @PathParam("action") String action) {
        if ("delete".equals(action)) {
            long questionId = answers.delete(viewer, id).id();
            flash.success("flash.answer.deleted");
            return toQuestion(questionId, "answers");
        }
        var answer = switch (action) {
            case "accept" -> answers.accept(viewer, id);
            case "up", "down" -> answers.vote(viewer, id, "up".equals(action));
            default -> answers.unvote(viewer, id);
        };
        flash.success("flash.answer." + action);
        return toQuestion(answer.question().id(), "answer-" + id);
    }

    @POST
    @Path("answers/{id: \\d+}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("id") long id, @FormParam("body") String body) {
        var comment = answers.comment(viewer, id, body);
        flash.success("flash.comment.posted");
        return toQuestion(comment.answer().question().id(), "answer-" + id);
    }

    private static Response toQuestion(long id, String fragment) {
        var uri = UriBuilder.fromPath("/questions/{id}");
        if (fragment != null) {
            uri.fragment(fragment);
        }
        return Response.seeOther(uri.build(id)).build();
    }

    private List<QuestionSearch.QuestionHit> similarTo(String title) {
        try {
            return search.similar(viewer, title);
        } catch (SearchUnavailable e) {
            return List.of();
        }
    }

    private Map<String, String> validate(QuestionForm form) {
        return new LinkedHashMap<>(FieldMessages.firstPerField(validator.validate(form.draft())));
    }

    private View form(QuestionForm form, Map<String, String> errors, Long id, String preview, Network place) {
        var cancel = id != null ? "/questions/" + id : place != null ? "/questions?network=" + place.slug() : "/questions";
        return View.of("question/form").with("form", form).with("errors", errors).with("id", id).with("preview", preview)
                .with("place", place).with("cancel", cancel).with("similar", List.of());
    }
}
