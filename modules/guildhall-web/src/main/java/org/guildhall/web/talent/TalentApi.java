package org.guildhall.web.talent;

import java.time.Instant;
import java.util.List;

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
    public Results<ExpertJson> search(@QueryParam("skill") List<String> skill, @QueryParam("department") String department,
                                      @QueryParam("location") String location, @QueryParam("language") String language,
                                      @QueryParam("open") List<String> open, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var found = finder.search(viewer, ExpertFilters.skills(skill), ExpertFilters.of(department, location, language, open, true),
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
    public Results<TalentJson> hidden(@QueryParam("skill") List<String> skill, @QueryParam("department") String department,
                                      @QueryParam("location") String location, @QueryParam("language") String language,
                                      @QueryParam("open") List<String> open, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20);
        var found = finder.hidden(viewer, ExpertFilters.skills(skill), ExpertFilters.of(department, location, language, open, true),
                paging.page(), paging.size());
        return new Results<>(found.items().stream().map(TalentJson::of).toList(), found.total(), found.page(), found.size(),
                found.pages());
    }

    @GET
    @Path("talent/export")
    @Produces("text/csv")
    public Response export(@QueryParam("skill") List<String> skill, @QueryParam("department") String department,
                           @QueryParam("location") String location, @QueryParam("language") String language,
                           @QueryParam("open") List<String> open) {
        var found = finder.export(viewer, ExpertFilters.skills(skill), ExpertFilters.of(department, location, language, open, true));
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
    public List<ShortlistJson> shortlists() {
        return shortlists.all(viewer).stream().map(l -> new ShortlistJson(l.shortlist().id(), l.shortlist().name(),
                l.shortlist().createdBy(), l.shortlist().createdAt(), l.people())).toList();
    }

    @POST
    @Path("talent/shortlists")
    @Consumes(MediaType.APPLICATION_JSON)
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
    public List<EntryJson> entries(@PathParam("id") long id) {
        return shortlists.entries(viewer, id).stream().map(EntryJson::of).toList();
    }

    @GET
    @Path("talent/shortlists/{id: \\d+}/export")
    @Produces("text/csv")
    public Response exportShortlist(@PathParam("id") long id) {
        return Response.ok(TalentCsv.shortlist(shortlists.export(viewer, id)), "text/csv; charset=UTF-8").build();
    }

    @POST
    @Path("talent/shortlists/{id: \\d+}/people")
    @Consumes(MediaType.APPLICATION_JSON)
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
    public EntryJson note(@PathParam("id") long id, @PathParam("username") String username, EntryInput input) {
        return EntryJson.of(shortlists.note(viewer, id, username, input == null ? null : input.note()));
    }

    @DELETE
    @Path("talent/shortlists/{id: \\d+}/people/{username}")
    public Response remove(@PathParam("id") long id, @PathParam("username") String username) {
        shortlists.remove(viewer, id, username);
        return Response.noContent().build();
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
