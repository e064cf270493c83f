package org.guildhall.web.talent;

import java.time.Instant;
import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.Viewer;
import org.guildhall.search.expertise.HiddenTalent.Talent;
import org.guildhall.search.expertise.TalentFinder;
import org.guildhall.talent.ShortlistEntry;
import org.guildhall.talent.Shortlists;
import org.guildhall.web.error.InvalidRequest;
import org.guildhall.web.expertise.ExpertFilters;
import org.guildhall.web.expertise.ExpertiseJson.ExpertJson;
import org.guildhall.web.view.Paging;

/** HR's talent finder for integrations (role {@code hr}; 404 for anyone else). */
@RequestScoped
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Talent", description = "HR's talent finder and shortlists (role hr, 404 for anyone else) and its audit log for administrators.")
public class TalentApi {

    @Inject
    TalentFinder finder;

    @Inject
    Shortlists shortlists;

    @Inject
    Viewer viewer;

    public record Results<T>(List<T> items, long total, int page, int size, int pages) {
    }

    @GET
    @Path("talent/search")
    @Operation(summary = "Search talent", description = "HR finds people who know the skills, as `GET /api/v1/experts`, among those who opted in to talent discovery; recorded in the talent audit log. Role hr only (404 for anyone else).")
    public Results<ExpertJson> search(
            @BeanParam ExpertFilters.Query filters,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var found = finder.search(viewer, filters.skills(), filters.people(true),
                paging.page(), paging.size());
        return new Results<>(found.items().stream().map(ExpertJson::of).toList(), found.total(), found.page(), found.size(),
                found.pages());
    }

    /** A hidden talent: the expert, and why their evidence is unusual for where they work. */
    public record TalentJson(String username, String displayName, String department, String title, double score,
                             ExpertJson expert, double departmentShare, String titleWord, double titleShare,
                             String usualDepartment, double usualDepartmentShare) {
        static TalentJson of(Talent t) {
            var p = t.expert().person();
            return new TalentJson(p.username(), p.displayName(), p.department(), p.title(), round(t.score()),
                    ExpertJson.of(t.expert()), round(t.departmentShare()), t.titleWord(), round(t.titleShare()),
                    t.usualDepartment(), round(t.usualDepartmentShare()));
        }
    }

    @GET
    @Path("talent/hidden")
    @Operation(summary = "Find hidden talent", description = "People whose evidence for the skills is unusual for their department or title, among those who opted in; recorded in the talent audit log. Role hr only (404 for anyone else).")
    public Results<TalentJson> hidden(
            @BeanParam ExpertFilters.Query filters,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var found = finder.hidden(viewer, filters.skills(), filters.people(true),
                paging.page(), paging.size());
        return new Results<>(found.items().stream().map(TalentJson::of).toList(), found.total(), found.page(), found.size(),
                found.pages());
    }

    @GET
    @Path("talent/export")
    @Produces("text/csv")
    @Operation(summary = "Export a talent search as CSV", description = "Every result of the search as CSV; recorded in the talent audit log. Role hr only (404 for anyone else).")
    public Response export(
            @BeanParam ExpertFilters.Query filters) {
        var found = finder.export(viewer, filters.skills(), filters.people(true));
        return Response.ok(TalentCsv.experts(found), "text/csv; charset=UTF-8").build();
    }

    public record ShortlistJson(long id, String name, String createdBy, Instant createdAt, long people) {
    }

    public record EntryJson(String username, String displayName, String department, String title, String note,
                            String addedBy, Instant addedAt) {
        static EntryJson of(ShortlistEntry e) {
            var p = e.person();
            return new EntryJson(p.username(), p.displayName(), p.department(), p.title(), e.note(), e.addedBy(), e.addedAt());
        }
    }

    public record NameInput(String name) {
    }

    public record EntryInput(String username, String note) {
    }

    @GET
    @Path("talent/shortlists")
    @Operation(summary = "List shortlists", description = "HR's shortlists (shared by everyone with role hr) with how many people each holds. Role hr only (404 for anyone else).")
    public List<ShortlistJson> shortlists() {
        return shortlists.all(viewer).stream().map(l -> new ShortlistJson(l.shortlist().id(), l.shortlist().name(),
                l.shortlist().createdBy(), l.shortlist().createdAt(), l.people())).toList();
    }

    @POST
    @Path("talent/shortlists")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a shortlist", description = "A new, empty shortlist named after a role or project; a blank or too long name is a 400. Role hr only (404 for anyone else).")
    @APIResponse(responseCode = "201", description = "The created shortlist")
    public Response create(NameInput input) {
        Shortlists.requireHr(viewer);
        if (input == null) {
            throw new InvalidRequest("A JSON body with 'name' is required");
        }
        var list = shortlists.create(viewer, input.name());
        return Response.status(201).entity(new ShortlistJson(list.id(), list.name(), list.createdBy(), list.createdAt(), 0)).build();
    }

    @GET
    @Path("talent/shortlists/{id: \\d+}")
    @Operation(summary = "Read a shortlist", description = "The people on a shortlist with HR's private notes. Role hr only (404 for anyone else).")
    public List<EntryJson> entries(@PathParam("id") long id) {
        return shortlists.entries(viewer, id).stream().map(EntryJson::of).toList();
    }

    @GET
    @Path("talent/shortlists/{id: \\d+}/export")
    @Produces("text/csv")
    @Operation(summary = "Export a shortlist as CSV", description = "The shortlist's people and notes as CSV; recorded in the talent audit log. Role hr only (404 for anyone else).")
    public Response exportShortlist(@PathParam("id") long id) {
        return Response.ok(TalentCsv.shortlist(shortlists.export(viewer, id)), "text/csv; charset=UTF-8").build();
    }

    @POST
    @Path("talent/shortlists/{id: \\d+}/people")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add someone to a shortlist", description = "Adds a person who opted in to talent discovery, with an optional note (at most 2,000 characters); someone who did not opt in or a note too long is a 400, someone already there a 409. Role hr only (404 for anyone else).")
    @APIResponse(responseCode = "201", description = "The shortlist entry")
    public Response add(@PathParam("id") long id, EntryInput input) {
        Shortlists.requireHr(viewer);
        if (input == null || input.username() == null) {
            throw new InvalidRequest("A JSON body with 'username' (and optionally 'note') is required");
        }
        return Response.status(201).entity(EntryJson.of(shortlists.add(viewer, id, input.username(), input.note()))).build();
    }

    @PUT
    @Path("talent/shortlists/{id: \\d+}/people/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a shortlist note", description = "Replaces HR's note on a person of the shortlist (at most 2,000 characters). Role hr only (404 for anyone else).")
    public EntryJson note(@PathParam("id") long id, @PathParam("username") String username, EntryInput input) {
        return EntryJson.of(shortlists.note(viewer, id, username, input == null ? null : input.note()));
    }

    @DELETE
    @Path("talent/shortlists/{id: \\d+}/people/{username}")
    @Operation(summary = "Remove someone from a shortlist", description = "Takes a person off the shortlist. Role hr only (404 for anyone else).")
    @APIResponse(responseCode = "204", description = "The person was removed from the shortlist")
    public Response remove(@PathParam("id") long id, @PathParam("username") String username) {
        shortlists.remove(viewer, id, username);
        return Response.noContent().build();
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
