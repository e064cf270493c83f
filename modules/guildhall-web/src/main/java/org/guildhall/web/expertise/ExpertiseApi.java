package org.guildhall.web.expertise;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.guildhall.access.Viewer;
import org.guildhall.expertise.SkillProfiles;
import org.guildhall.expertise.Taxonomy;
import org.guildhall.people.Photos;
import org.guildhall.search.expertise.ExpertSearch;
import org.guildhall.web.error.InvalidRequest;
import org.guildhall.web.expertise.ExpertiseJson.DeclaredJson;
import org.guildhall.web.expertise.ExpertiseJson.ExpertJson;
import org.guildhall.web.expertise.ExpertiseJson.InferredJson;
import org.guildhall.web.expertise.ExpertiseJson.ProfileSkillsJson;
import org.guildhall.web.people.ProfileViews;
import org.guildhall.web.view.Paging;

/** Expertise for integrations: the taxonomy, declared and inferred skills, endorsements, finding experts. */
@RequestScoped
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertiseApi {

    @Inject
    Taxonomy taxonomy;

    @Inject
    SkillProfiles skills;

    @Inject
    ExpertSearch experts;

    @Inject
    ProfileViews profiles;

    @Inject
    Photos photos;

    @Inject
    Viewer viewer;

    public record ExpertsPage(List<ExpertJson> items, long total, int page, int size, int pages) {
    }

    /** Active skills whose name or an alias starts with {@code q} (typeahead), or all of them. */
    @GET
    @Path("skills")
    public List<SkillJson> skills(@QueryParam("q") String q, @QueryParam("limit") String limit) {
        return taxonomy.offered(q, Paging.of("1", limit, 20).size()).stream().map(SkillJson::of).toList();
    }

    @GET
    @Path("skills/{slug}")
    public SkillJson skill(@PathParam("slug") String slug) {
        return SkillJson.of(taxonomy.find(slug));
    }

    public record SuggestionInput(String name, String reason) {
    }

    public record SuggestionJson(long id, String name, String reason, String status, String note, String skill) {
        static SuggestionJson of(org.guildhall.expertise.SkillSuggestion s) {
            return new SuggestionJson(s.id(), s.name(), s.reason(), s.status().name().toLowerCase(java.util.Locale.ROOT),
                    s.decisionNote(), s.skill() == null ? null : s.skill().slug());
        }
    }

    @POST
    @Path("skill-suggestions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response suggest(SuggestionInput input) {
        if (input == null) {
            throw new InvalidRequest("A JSON body with 'name' (and optionally 'reason') is required");
        }
        return Response.status(201).entity(SuggestionJson.of(taxonomy.suggest(viewer, input.name(), input.reason()))).build();
    }

    @GET
    @Path("me/skill-suggestions")
    public List<SuggestionJson> mySuggestions() {
        return taxonomy.suggestionsOf(viewer).stream().map(SuggestionJson::of).toList();
    }

    /**
     * People who know about the skills asked for ({@code skill} repeated for "X and Y"), best first,
     * each with why; under the caller's visibility.
     */
    @GET
    @Path("experts")
    public ExpertsPage experts(@QueryParam("skill") List<String> skill, @QueryParam("department") String department,
                               @QueryParam("location") String location, @QueryParam("language") String language,
                               @QueryParam("open") List<String> open, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var result = experts.find(viewer, ExpertFilters.skills(skill), ExpertFilters.of(department, location, language, open, false),
                paging.page(), paging.size());
        return new ExpertsPage(result.items().stream().map(ExpertJson::of).toList(), result.total(), result.page(),
                result.size(), result.pages());
    }

    @GET
    @Path("people/{username}/skills")
    public ProfileSkillsJson profileSkills(@PathParam("username") String username) {
        var profile = profiles.of(viewer, username);
        return new ProfileSkillsJson(profile.declared().stream().map(DeclaredJson::of).toList(),
                profile.inferred() == null ? null : profile.inferred().stream().map(InferredJson::of).toList());
    }

    public record LevelInput(Integer level) {
    }

    /** Declares a skill on my profile at a level (1–4), or changes the level. */
    @PUT
    @Path("me/skills/{skill}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> declare(@PathParam("skill") String skill, LevelInput input) {
        int level = input == null || input.level() == null ? 3 : input.level();
        var declared = skills.declare(viewer, skill, level);
        return Map.of("skill", SkillJson.Ref.of(declared.skill()), "level", declared.level());
    }

    @DELETE
    @Path("me/skills/{slug}")
    public Response undeclare(@PathParam("slug") String slug) {
        skills.undeclare(viewer, slug);
        return Response.noContent().build();
    }

    public record NoteInput(String note) {
    }

    @POST
    @Path("people/{username}/skills/{slug}/endorsements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response endorse(@PathParam("username") String username, @PathParam("slug") String slug, NoteInput input) {
        var endorsement = skills.endorse(viewer, username, slug, input == null ? null : input.note());
        return Response.status(201).entity(Map.of("skill", slug, "person", username,
                "note", endorsement.note() == null ? "" : endorsement.note())).build();
    }

    @DELETE
    @Path("people/{username}/skills/{slug}/endorsements/mine")
    public Response withdraw(@PathParam("username") String username, @PathParam("slug") String slug) {
        skills.withdraw(viewer, username, slug);
        return Response.noContent().build();
    }

    /** Hides an inferred skill from my profile. */
    @PUT
    @Path("me/hidden-skills/{slug}")
    public Response hide(@PathParam("slug") String slug) {
        skills.hide(viewer, slug);
        return Response.noContent().build();
    }

    @DELETE
    @Path("me/hidden-skills/{slug}")
    public Response show(@PathParam("slug") String slug) {
        skills.unhide(viewer, slug);
        return Response.noContent().build();
    }

    /** Replaces my photo: the body is a JPEG, PNG or GIF image (at most 5 MB). */
    @PUT
    @Path("me/photo")
    @Consumes({"image/jpeg", "image/png", "image/gif", MediaType.APPLICATION_OCTET_STREAM})
    public Response photo(InputStream body) throws java.io.IOException {
        var photo = photos.upload(viewer, viewer.username(), org.guildhall.web.people.ProfileSkillPages.read(body));
        return Response.ok(Map.of("photo", "/people/" + viewer.username() + "/photo", "updatedAt", photo.updatedAt().toString()))
                .build();
    }

    @DELETE
    @Path("me/photo")
    public Response removePhoto() {
        photos.remove(viewer, viewer.username());
        return Response.noContent().build();
    }
}
