package org.guildhall.web.talent;

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
import org.guildhall.paging.Page;
import org.guildhall.people.Departments;
import org.guildhall.search.SearchUnavailable;
import org.guildhall.search.expertise.TalentFinder;
import org.guildhall.talent.Shortlists;
import org.guildhall.web.expertise.ExpertFilters;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.View;

/** HR's talent finder: skill search, hidden talent, shortlists with notes, exports. */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TalentPages {

    @Inject
    TalentFinder finder;

    @Inject
    Shortlists shortlists;

    @Inject
    Departments departments;

    @Inject
    Viewer viewer;

    @Inject
    Flash flash;

    /** The finder: {@code view=hidden} shows hidden talent, otherwise everyone with evidence, best first. */
    @GET
    @Path("talent")
    public Response finder(@QueryParam("skills") List<String> skills, @QueryParam("view") String mode,
                           @QueryParam("department") String department, @QueryParam("location") String location,
                           @QueryParam("language") String language, @QueryParam("open") List<String> open,
                           @QueryParam("page") String page) {
        Shortlists.requireHr(viewer);
        var paging = Paging.of(page, null, 10);
        var asked = ExpertFilters.skills(skills);
        boolean hidden = "hidden".equals(mode);
        var filter = ExpertFilters.of(department, location, language, open, true);
        var view = View.of("talent/finder").with("skills", String.join(", ", asked)).with("hidden", hidden)
                .with("department", department == null ? "" : department).with("location", location == null ? "" : location)
                .with("language", language == null ? "" : language).with("open", open == null ? List.of() : open)
                .with("departments", departments.offeredTo(viewer)).with("results", null).with("talents", null)
                .with("error", null).with("shortlists", shortlists.all(viewer));
        if (asked.isEmpty()) {
            return Response.ok(view).build();
        }
        try {
            view = hidden ? view.with("talents", finder.hidden(viewer, asked, filter, paging.page(), paging.size()))
                    : view.with("results", finder.search(viewer, asked, filter, paging.page(), paging.size()));
            return Response.ok(view).build();
        } catch (InvalidField e) {
            return Response.status(400).entity(view.with("error", e.getMessage())).build();
        } catch (SearchUnavailable e) {
            return Response.status(503).entity(view.with(hidden ? "talents" : "results", Page.empty(1, paging.size()))
                    .with("unavailable", e.getMessage())).build();
        }
    }

    @GET
    @Path("talent/export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("skills") List<String> skills, @QueryParam("department") String department,
                           @QueryParam("location") String location, @QueryParam("language") String language,
                           @QueryParam("open") List<String> open) {
        var found = finder.export(viewer, ExpertFilters.skills(skills), ExpertFilters.of(department, location, language, open, true));
        return Response.ok(TalentCsv.experts(found), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"talent.csv\"").build();
    }

    @GET
    @Path("talent/shortlists")
    public View shortlists() {
        return View.of("talent/shortlists").with("lists", shortlists.all(viewer));
    }

    @POST
    @Path("talent/shortlists/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("name") String name) {
        var list = shortlists.create(viewer, name);
        flash.success("flash.shortlist.created", list.name());
        return Response.seeOther(UriBuilder.fromPath("/talent/shortlists/{id}").build(list.id())).build();
    }

    @GET
    @Path("talent/shortlists/{id: \\d+}")
    public View shortlist(@PathParam("id") long id) {
        return View.of("talent/shortlist").with("list", shortlists.find(viewer, id)).with("entries", shortlists.entries(viewer, id));
    }

    @GET
    @Path("talent/shortlists/{id: \\d+}/export.csv")
    @Produces("text/csv")
    public Response exportShortlist(@PathParam("id") long id) {
        return Response.ok(TalentCsv.shortlist(shortlists.export(viewer, id)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"shortlist-" + id + ".csv\"").build();
    }

    @POST
    @Path("talent/shortlists/{id: \\d+}/people")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") long id, @FormParam("username") String username, @FormParam("note") String note) {
        var entry = shortlists.add(viewer, id, username, note);
        flash.success("flash.shortlist.added", entry.person().displayName(), entry.shortlist().name());
        return Response.seeOther(UriBuilder.fromPath("/talent/shortlists/{id}").build(id)).build();
    }

    /** From a finder result: the shortlist is chosen in the form. */
    @POST
    @Path("talent/shortlist-entries")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addFromResults(@FormParam("shortlist") String shortlist, @FormParam("username") String username,
                                   @FormParam("note") String note) {
        long id;
        try {
            id = Long.parseLong(shortlist == null ? "" : shortlist.strip());
            shortlists.find(viewer, id);
        } catch (NumberFormatException | org.guildhall.access.NotFound e) {
            Shortlists.requireHr(viewer);
            throw new InvalidField("shortlist", "Choose a shortlist (or create one first).");
        }
        return add(id, username, note);
    }

    @POST
    @Path("talent/shortlists/{id: \\d+}/people/{username}/note")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(@PathParam("id") long id, @PathParam("username") String username, @FormParam("note") String note) {
        shortlists.note(viewer, id, username, note);
        flash.success("flash.shortlist.noted");
        return Response.seeOther(UriBuilder.fromPath("/talent/shortlists/{id}").build(id)).build();
    }

    @POST
    @Path("talent/shortlists/{id: \\d+}/people/{username}/remove")
    public Response remove(@PathParam("id") long id, @PathParam("username") String username) {
        shortlists.remove(viewer, id, username);
        flash.success("flash.shortlist.removed");
        return Response.seeOther(UriBuilder.fromPath("/talent/shortlists/{id}").build(id)).build();
    }
}
