package org.guildhall.web.expertise;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.guildhall.expertise.SkillStatus;
import org.guildhall.expertise.Taxonomy;
import org.guildhall.paging.Page;
import org.guildhall.people.Departments;
import org.guildhall.search.SearchUnavailable;
import org.guildhall.search.expertise.ExpertSearch;
import org.guildhall.search.expertise.SkillOverview;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/** Finding experts, browsing the skills taxonomy, a skill's page, suggesting a skill. */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ExpertisePages {

    @Inject
    ExpertSearch experts;

    @Inject
    SkillOverview overview;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Departments departments;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    /** "Who knows about X (and Y)?" Skills are typed comma-separated; filters narrow the people. */
    @GET
    @Path("experts")
    public Response experts(@QueryParam("skills") List<String> skills, @QueryParam("department") String department,
                            @QueryParam("location") String location, @QueryParam("language") String language,
                            @QueryParam("open") List<String> open, @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 10);
        var asked = ExpertFilters.skills(skills);
        var view = View.of("expertise/experts").with("skills", String.join(", ", asked))
                .with("department", department == null ? "" : department).with("location", location == null ? "" : location)
                .with("language", language == null ? "" : language).with("open", open == null ? List.of() : open)
                .with("departments", departments.offeredTo(viewer)).with("results", null).with("error", null)
                .with("popular", taxonomy.offered("", 12));
        if (asked.isEmpty()) {
            return Response.ok(view).build();
        }
        try {
            return Response.ok(view.with("results", experts.find(viewer, asked,
                    ExpertFilters.of(department, location, language, open, false), paging.page(), paging.size()))).build();
        } catch (InvalidField e) {
            return Response.status(400).entity(view.with("error", e.getMessage())).build();
        } catch (SearchUnavailable e) {
            return Response.status(503).entity(view.with("results", Page.empty(paging.page(), paging.size()))
                    .with("unavailable", e.getMessage())).build();
        }
    }

    @GET
    @Path("skills")
    public View skills() {
        return View.of("expertise/skills").with("skills", taxonomy.active())
                .with("mine", taxonomy.suggestionsOf(viewer));
    }

    @GET
    @Path("skills/{slug}")
    public Response skill(@PathParam("slug") String slug) {
        var skill = taxonomy.find(slug);
        if (skill.status() == SkillStatus.MERGED && skill.mergedInto() != null) {
            return Response.status(301).location(UriBuilder.fromPath("/skills/{s}").build(skill.mergedInto().slug())).build();
        }
        return Response.ok(View.of("expertise/skill").with("o", overview.of(viewer, skill))).build();
    }

    /** Options for a skill field while typing: an HTML fragment, so the browser's session signs the request. */
    @GET
    @Path("skills/typeahead")
    public View typeahead(@QueryParam("prefix") String prefix) {
        return View.fragment("expertise/skill-options").with("skills", taxonomy.offered(prefix, 10));
    }

    @POST
    @Path("skills/suggest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suggest(@FormParam("name") String name, @FormParam("reason") String reason) {
        var suggestion = taxonomy.suggest(viewer, name, reason);
        flash.success("flash.skill.suggested", suggestion.name());
        return Response.seeOther(UriBuilder.fromPath("/skills").build()).build();
    }
}
