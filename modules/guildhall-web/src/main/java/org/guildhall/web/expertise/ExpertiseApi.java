package org.guildhall.web.expertise;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
@Tag(name = "Expertise", description = "The skills taxonomy, declared and inferred skills, endorsements and finding experts; administrators curate the taxonomy.")
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
    @Operation(summary = "List or suggest skills", description = "Active skills whose name or an alias starts with `q` (for a typeahead), or all of them, at most `limit`.")
    public List<SkillJson> skills(
            @Parameter(description = "The beginning of a skill's name or alias", example = "kube") @QueryParam("q") String q,
            @Parameter(description = "At most this many skills, 1–100 (default 20)", example = "20") @QueryParam("limit") String limit) {
        return taxonomy.offered(q, Paging.of("1", limit, 20).size()).stream().map(SkillJson::of).toList();
    }

    @GET
    @Path("skills/{slug}")
    @Operation(summary = "Read a skill", description = "One skill by its slug, also a merged or retired one (`status`, `mergedInto`); 404 for an unknown slug.")
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
    @Operation(summary = "Suggest a skill for the taxonomy", description = "Any employee suggests a skill, with an optional `reason` (at most 500 characters), for the administrators to decide; a blank or too long name, or one the taxonomy already has, is a 400.")
    @APIResponse(responseCode = "201", description = "The suggestion, waiting for a decision")
    public Response suggest(SuggestionInput input) {
        if (input == null) {
            throw new InvalidRequest("A JSON body with 'name' (and optionally 'reason') is required");
        }
        return Response.status(201).entity(SuggestionJson.of(taxonomy.suggest(viewer, input.name(), input.reason()))).build();
    }

    @GET
    @Path("me/skill-suggestions")
    @Operation(summary = "List my skill suggestions", description = "The caller's suggestions with their status, the administrator's note and the skill they became.")
    public List<SuggestionJson> mySuggestions() {
        return taxonomy.suggestionsOf(viewer).stream().map(SuggestionJson::of).toList();
    }

    /**
     * People who know about the skills asked for ({@code skill} repeated for "X and Y"), best first,
     * each with why; under the caller's visibility.
     */
    @GET
    @Path("experts")
    @Operation(summary = "Find experts", description = "People who know about every skill asked for, best first, under the caller's visibility, each with the evidence why (best contributions, declared level, endorsements). No skill, an unknown or retired skill or more than 5 skills is a 400 on `skill`; 503 while search is down.")
    public ExpertsPage experts(
            @BeanParam ExpertFilters.Query filters,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var result = experts.find(viewer, filters.skills(), filters.people(false),
                paging.page(), paging.size());
        return new ExpertsPage(result.items().stream().map(ExpertJson::of).toList(), result.total(), result.page(),
                result.size(), result.pages());
    }

    @GET
    @Path("people/{username}/skills")
    @Operation(summary = "Read a person's skills", description = "Their declared skills with endorsements, and the skills inferred from their contributions (null while search is down), as the caller may see them; 404 for a person the caller may not see.")
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
    @Operation(summary = "Declare one of my skills", description = "Declares a skill on the caller's profile at a level from 1 (learning) to 4 (expert), 3 by default, or changes its level; an unknown or retired skill or a bad level is a 400.")
    public Map<String, Object> declare(
            @Parameter(description = "The skill, by its slug, name or alias", example = "postgresql") @PathParam("skill") String skill,
            LevelInput input) {
        int level = input == null || input.level() == null ? 3 : input.level();
        var declared = skills.declare(viewer, skill, level);
        return Map.of("skill", SkillJson.Ref.of(declared.skill()), "level", declared.level());
    }

    @DELETE
    @Path("me/skills/{slug}")
    @Operation(summary = "Remove one of my skills", description = "Removes a declared skill and its endorsements; 404 when it is not declared.")
    @APIResponse(responseCode = "204", description = "The declaration was removed")
    public Response undeclare(@PathParam("slug") String slug) {
        skills.undeclare(viewer, slug);
        return Response.noContent().build();
    }

    public record NoteInput(String note) {
    }

    @POST
    @Path("people/{username}/skills/{slug}/endorsements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Endorse a colleague's skill", description = "Endorses a skill the person declared, with an optional note (at most 500 characters). Endorsing oneself, a skill they did not declare or a note too long is a 400; endorsing twice is a 409.")
    @APIResponse(responseCode = "201", description = "The endorsement")
    public Response endorse(
            @PathParam("username") String username,
            @PathParam("slug") String slug,
            @RequestBody(content = @Content(mediaType = "application/json", examples = @ExampleObject(name = "An endorsement with a note", value = "{\"note\": \"Ada led our move to Postgres 16 and wrote the runbook the whole team uses.\"}"))) NoteInput input) {
        var endorsement = skills.endorse(viewer, username, slug, input == null ? null : input.note());
        return Response.status(201).entity(Map.of("skill", slug, "person", username,
                "note", endorsement.note() == null ? "" : endorsement.note())).build();
    }

    @DELETE
    @Path("people/{username}/skills/{slug}/endorsements/mine")
    @Operation(summary = "Withdraw my endorsement", description = "Withdraws the caller's endorsement of a person's skill; 404 when there is none.")
    @APIResponse(responseCode = "204", description = "The endorsement was withdrawn")
    public Response withdraw(@PathParam("username") String username, @PathParam("slug") String slug) {
        skills.withdraw(viewer, username, slug);
        return Response.noContent().build();
    }

    /** Hides an inferred skill from my profile. */
    @PUT
    @Path("me/hidden-skills/{slug}")
    @Operation(summary = "Hide an inferred skill", description = "Hides a skill inferred from the caller's contributions: colleagues no longer see it nor find them for it (HR's talent finder still does if they opted in); 404 for an unknown skill.")
    @APIResponse(responseCode = "204", description = "The skill is hidden")
    public Response hide(@PathParam("slug") String slug) {
        skills.hide(viewer, slug);
        return Response.noContent().build();
    }

    @DELETE
    @Path("me/hidden-skills/{slug}")
    @Operation(summary = "Show a hidden skill again", description = "Shows a skill the caller hid from their profile again.")
    @APIResponse(responseCode = "204", description = "The skill is shown again")
    public Response show(@PathParam("slug") String slug) {
        skills.unhide(viewer, slug);
        return Response.noContent().build();
    }

    /** Replaces my photo: the body is a JPEG, PNG or GIF image (at most 5 MB). */
    @PUT
    @Path("me/photo")
    @Consumes({"image/jpeg", "image/png", "image/gif", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Replace my photo", description = "The request body is a JPEG, PNG or GIF image (at most 5 MB and 40 megapixels), cropped to a square and stored as a 256-pixel JPEG; anything else is a 400. Answers the photo's address and when it changed.")
    public Response photo(InputStream body) throws java.io.IOException {
        var photo = photos.upload(viewer, viewer.username(), org.guildhall.web.people.ProfileSkillPages.read(body));
        return Response.ok(Map.of("photo", "/people/" + viewer.username() + "/photo", "updatedAt", photo.updatedAt().toString()))
                .build();
    }

    @DELETE
    @Path("me/photo")
    @Operation(summary = "Remove my photo", description = "Removes the caller's photo.")
    @APIResponse(responseCode = "204", description = "The photo was removed")
    public Response removePhoto() {
        photos.remove(viewer, viewer.username());
        return Response.noContent().build();
    }
}
