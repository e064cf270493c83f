package org.guildhall.web.expertise;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.guildhall.access.Viewer;
import org.guildhall.expertise.SkillDefinition;
import org.guildhall.expertise.Taxonomy;
import org.guildhall.expertise.VocabularyJobs;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.View;

/** Administrators curate the skills taxonomy: create, redefine, merge, retire, decide suggestions, relearn vocabulary. */
@RequestScoped
@Path("admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class SkillAdminPages {

    @Inject
    Taxonomy taxonomy;

    @Inject
    VocabularyJobs vocabulary;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    @GET
    @Path("skills")
    public View skills() {
        return View.of("admin/skills").with("skills", taxonomy.managed())
                .with("suggestions", taxonomy.openSuggestions(viewer))
                .with("job", vocabulary.latest().orElse(null));
    }

    @POST
    @Path("skills/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("name") String name, @FormParam("category") String category,
                           @FormParam("parent") String parent, @FormParam("aliases") String aliases) {
        var skill = taxonomy.create(viewer, new SkillDefinition(name, category, parent, list(aliases), null));
        flash.success("flash.skill.created", skill.name());
        return Response.seeOther(skillsPage()).build();
    }

    @GET
    @Path("skills/{slug}")
    public View skill(@PathParam("slug") String slug) {
        return View.of("admin/skill").with("skill", taxonomy.find(slug));
    }

    @POST
    @Path("skills/{slug}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redefine(@PathParam("slug") String slug, @FormParam("name") String name,
                             @FormParam("category") String category, @FormParam("parent") String parent,
                             @FormParam("aliases") String aliases, @FormParam("version") Long version) {
        var skill = taxonomy.redefine(viewer, slug, new SkillDefinition(name, category, parent, list(aliases), version));
        flash.success("flash.skill.saved", skill.name());
        return Response.seeOther(UriBuilder.fromPath("/admin/skills/{s}").build(skill.slug())).build();
    }

    @POST
    @Path("skills/{slug}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("slug") String slug, @FormParam("into") String into) {
        var target = taxonomy.resolve(into == null ? "" : into).map(s -> s.slug()).orElse(into);
        var merged = taxonomy.merge(viewer, slug, target);
        flash.success("flash.skill.merged", merged.name());
        return Response.seeOther(UriBuilder.fromPath("/admin/skills/{s}").build(merged.slug())).build();
    }

    @POST
    @Path("skills/{slug}/{action: retire|restore}")
    public Response retire(@PathParam("slug") String slug, @PathParam("action") String action) {
        var skill = "retire".equals(action) ? taxonomy.retire(viewer, slug) : taxonomy.restore(viewer, slug);
        flash.success("flash.skill." + action, skill.name());
        return Response.seeOther(skillsPage()).build();
    }

    @POST
    @Path("skill-suggestions/{id: \\d+}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") long id, @FormParam("name") String name, @FormParam("category") String category,
                           @FormParam("note") String note) {
        var skill = taxonomy.accept(viewer, id, new SkillDefinition(name, category, null, List.of(), null), note);
        flash.success("flash.suggestion.accepted", skill.name());
        return Response.seeOther(skillsPage()).build();
    }

    @POST
    @Path("skill-suggestions/{id: \\d+}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, @FormParam("note") String note) {
        taxonomy.reject(viewer, id, note);
        flash.success("flash.suggestion.rejected");
        return Response.seeOther(skillsPage()).build();
    }

    @POST
    @Path("expertise/vocabulary")
    public Response learn() {
        vocabulary.request(viewer);
        flash.success("flash.vocabulary.requested");
        return Response.seeOther(skillsPage()).build();
    }

    static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static URI skillsPage() {
        return UriBuilder.fromPath("/admin/skills").build();
    }
}
