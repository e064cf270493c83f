package org.guildhall.web.expertise;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.expertise.SkillDefinition;
import org.guildhall.expertise.Taxonomy;
import org.guildhall.expertise.VocabularyJob;
import org.guildhall.expertise.VocabularyJobs;
import org.guildhall.web.error.InvalidRequest;
import org.guildhall.web.expertise.ExpertiseApi.SuggestionJson;

/** The skills taxonomy and vocabulary learning for integrations: the same operations as Admin → Skills. */
@RequestScoped
@Path("api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Expertise", description = "The skills taxonomy, declared and inferred skills, endorsements and finding experts; administrators curate the taxonomy.")
public class SkillAdminApi {

    @Inject
    Taxonomy taxonomy;

    @Inject
    VocabularyJobs vocabulary;

    @Inject
    Viewer viewer;

    @GET
    @Path("skills")
    @Operation(summary = "List every skill", description = "Every skill of the taxonomy, also merged and retired ones, as on Admin → Skills. Administrators only (403 otherwise).")
    public List<SkillJson> skills() {
        return taxonomy.managed().stream().map(SkillJson::of).toList();
    }

    @POST
    @Path("skills")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a skill", description = "Administrators add a skill with its category, parent and aliases; a name or alias that is already another skill's is a 400.")
    @APIResponse(responseCode = "201", description = "The created skill")
    public Response create(SkillDefinition definition) {
        return Response.status(201).entity(SkillJson.of(taxonomy.create(viewer, required(definition)))).build();
    }

    @PUT
    @Path("skills/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a skill", description = "Rename, recategorise, re-parent or change the aliases of a skill; a name or alias taken by another skill is a 400, a stale `version` a 409.")
    public SkillJson redefine(@PathParam("slug") String slug, SkillDefinition definition) {
        return SkillJson.of(taxonomy.redefine(viewer, slug, required(definition)));
    }

    public record MergeInput(String into) {
    }

    @POST
    @Path("skills/{slug}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Merge a skill into another", description = "Merges the skill into `into`: declarations, endorsements and hidden marks follow and its names become aliases of `into`. Merging into itself, or merging a merged skill again, is a 400.")
    public SkillJson merge(@PathParam("slug") String slug, MergeInput input) {
        if (input == null) {
            throw new InvalidRequest("A JSON body with 'into' (the skill to merge into) is required");
        }
        return SkillJson.of(taxonomy.merge(viewer, slug, input.into()));
    }

    @POST
    @Path("skills/{slug}/retire")
    @Operation(summary = "Retire a skill", description = "Stops offering a skill for new declarations and questions; a merged skill cannot be retired (400).")
    public SkillJson retire(@PathParam("slug") String slug) {
        return SkillJson.of(taxonomy.retire(viewer, slug));
    }

    @POST
    @Path("skills/{slug}/restore")
    @Operation(summary = "Restore a retired skill", description = "Offers a retired skill again.")
    public SkillJson restore(@PathParam("slug") String slug) {
        return SkillJson.of(taxonomy.restore(viewer, slug));
    }

    @GET
    @Path("skill-suggestions")
    @Operation(summary = "List skill suggestions waiting", description = "Employees' suggestions waiting for an administrator's decision.")
    public List<SuggestionJson> suggestions() {
        return taxonomy.openSuggestions(viewer).stream().map(SuggestionJson::of).toList();
    }

    public record Decision(String name, String category, String parent, List<String> aliases, String note) {
    }

    @POST
    @Path("skill-suggestions/{id: \\d+}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a skill suggestion", description = "Accepts a suggestion as a new skill defined by `name`, `category`, `parent` and `aliases`, or as the existing skill `name` resolves to, with an optional `note` (at most 500 characters) for the person who suggested it. `name` is required (400 otherwise); a suggestion decided already is a 409.")
    public SkillJson accept(@PathParam("id") long id, Decision decision) {
        if (decision == null || decision.name() == null) {
            throw new InvalidRequest("A JSON body with the skill's 'name' (and optionally category, parent, aliases, note) is required");
        }
        return SkillJson.of(taxonomy.accept(viewer, id,
                new SkillDefinition(decision.name(), decision.category(), decision.parent(), decision.aliases(), null), decision.note()));
    }

    @POST
    @Path("skill-suggestions/{id: \\d+}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a skill suggestion", description = "Rejects a suggestion with an optional `note` (at most 500 characters) for the person who suggested it; a suggestion decided already is a 409.")
    public SuggestionJson reject(@PathParam("id") long id, Decision decision) {
        return SuggestionJson.of(taxonomy.reject(viewer, id, decision == null ? null : decision.note()));
    }

    public record VocabularyJson(long id, String state, long done, long total, int percent, Instant requestedAt,
                                 Instant startedAt, Instant finishedAt, String error) {
        static VocabularyJson of(VocabularyJob j) {
            return new VocabularyJson(j.id(), j.state().name(), j.done(), j.total(), j.percent(), j.requestedAt(),
                    j.startedAt(), j.finishedAt(), j.error());
        }
    }

    /** Learns every skill's vocabulary again, now (answers the job already under way, if any). */
    @POST
    @Path("expertise/vocabulary")
    @Operation(summary = "Learn the skills' vocabulary now", description = "Starts learning every skill's vocabulary from the contributions, in the background, or answers the job already under way.")
    @APIResponse(responseCode = "202", description = "The vocabulary job: state, done and total skills, percent")
    public Response learn() {
        return Response.accepted(VocabularyJson.of(vocabulary.request(viewer))).build();
    }

    @GET
    @Path("expertise/vocabulary")
    @Operation(summary = "Read the latest vocabulary job", description = "The latest vocabulary job and its progress (`state` QUEUED, RUNNING, DONE or FAILED); 404 before the first one.")
    public VocabularyJson latest() {
        return vocabulary.latest().map(VocabularyJson::of).orElseThrow(() -> new NotFound("No vocabulary job yet"));
    }

    private static SkillDefinition required(SkillDefinition definition) {
        if (definition == null) {
            throw new InvalidRequest("A JSON body with the skill's 'name' (and optionally category, parent, aliases) is required");
        }
        return definition;
    }
}
