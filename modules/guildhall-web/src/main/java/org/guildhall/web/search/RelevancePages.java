package org.guildhall.web.search;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.Forbidden;
import org.guildhall.access.Viewer;
import org.guildhall.relevance.Relevance;
import org.guildhall.relevance.Tuning;
import org.guildhall.search.SearchUnavailable;
import org.guildhall.search.unified.Result;
import org.guildhall.search.unified.SearchRequest;
import org.guildhall.search.unified.UnifiedSearch;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.View;

/**
 * Admin → Search relevance: the weights in force, a form to change them, and a preview that ranks
 * a sample query by the weights in force and by the proposed ones, side by side, before saving.
 */
@RequestScoped
@Path("admin/search")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class RelevancePages {

    static final int PREVIEW_SIZE = 10;

    @Inject
    Relevance relevance;

    @Inject
    UnifiedSearch search;

    @Inject
    Validator validator;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @GET
    public View page(@QueryParam("sample") String sample) {
        requireAdmin();
        var weights = relevance.weights();
        return view(RelevanceForm.of(weights.tuning(), weights.version(), sample), false);
    }

    /** Ranks the sample by both sets of weights; saves nothing. */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(@BeanParam RelevanceForm.Fields fields) {
        requireAdmin();
        var form = fields.read(validator);
        return Response.status(form.valid() ? 200 : 400).entity(view(form, form.valid())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam RelevanceForm.Fields fields) {
        requireAdmin();
        var form = fields.read(validator);
        if (!form.valid()) {
            return Response.status(400).entity(view(form, false)).build();
        }
        relevance.tune(viewer, form.tuning(), form.version());
        flash.success("flash.relevance.saved");
        return Response.seeOther(java.net.URI.create("/admin/search")).build();
    }

    private View view(RelevanceForm form, boolean preview) {
        var weights = relevance.weights();
        var view = View.of("admin/relevance").with("form", form).with("weights", weights).with("defaults", Tuning.DEFAULTS)
                .with("fields", List.of(RelevanceForm.FIELDS));
        if (preview && !form.sample().isBlank()) {
            try {
                view.with("before", ranked(weights.tuning(), form.sample())).with("after", ranked(form.tuning(), form.sample()));
            } catch (SearchUnavailable e) {
                view.with("unavailable", e.getMessage());
            } catch (org.guildhall.access.InvalidField e) {
                view.with("sampleProblem", e.getMessage());
            }
        }
        return view;
    }

    private List<Result> ranked(Tuning tuning, String sample) {
        return search.find(viewer, SearchRequest.of(sample, 1, PREVIEW_SIZE), tuning, false).page().items();
    }

    private void requireAdmin() {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only administrators tune search");
        }
    }
}
