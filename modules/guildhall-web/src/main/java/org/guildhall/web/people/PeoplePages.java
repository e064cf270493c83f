package org.guildhall.web.people;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
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

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Viewer;
import org.guildhall.network.NetworkDirectory;
import org.guildhall.people.Departments;
import org.guildhall.people.ProfileEdit;
import org.guildhall.people.Profiles;
import org.guildhall.paging.Page;
import org.guildhall.search.Hits;
import org.guildhall.search.SearchUnavailable;
import org.guildhall.search.people.PeopleSearch;
import org.guildhall.search.people.PeopleSearch.PersonHit;
import org.guildhall.web.view.Flash;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.SearchText;
import org.guildhall.web.view.View;

/** The people directory: search, profile pages, and editing my own profile. */
@RequestScoped
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PeoplePages {

    @Inject
    Profiles profiles;

    @Inject
    PeopleSearch search;

    @Inject
    AccessPolicy access;

    @Inject
    Viewer viewer;

    @Inject
    Validator validator;

    @Inject
    Flash flash;

    @Inject
    Departments departments;

    @Inject
    NetworkDirectory networks;

    @Inject
    ProfileViews views;

    @Inject
    org.guildhall.people.Photos photos;

    @GET
    @Path("people")
    public Response search(@QueryParam("q") String q, @QueryParam("department") String department,
                           @QueryParam("page") String page) {
        var paging = Paging.of(page, null, 20).within(Hits.MAX_WINDOW);
        var view = View.of("people/search").with("q", q == null ? "" : q).with("department", department == null ? "" : department)
                .with("departments", departments.offeredTo(viewer));
        try {
            return Response.ok(view.with("results", search.find(viewer, SearchText.of(q), department, paging.page(), paging.size())))
                    .build();
        } catch (SearchUnavailable e) {
            return Response.status(503).entity(view.with("results", Page.empty(paging.page(), paging.size()))
                    .with("unavailable", e.getMessage())).build();
        }
    }

    /**
     * People for a picker while typing, as {@code <li>}s: an HTML fragment, so the browser's
     * session signs the request (JSON requests are treated as bearer-only).
     */
    @GET
    @Path("people/picker")
    public View picker(@QueryParam("q") String q) {
        Page<PersonHit> results = Page.empty(1, 8);
        if (q != null && q.strip().length() >= 2) {
            try {
                results = search.find(viewer, SearchText.of(q), null, 1, 8);
            } catch (SearchUnavailable e) {
                // No suggestions; the field still takes a typed username.
            }
        }
        return View.fragment("people/picker-options").with("results", results);
    }

    @GET
    @Path("people/{username}")
    public View profile(@PathParam("username") String username) {
        var profile = views.of(viewer, username);
        return View.of("people/profile").with("p", profile).with("person", profile.person())
                .with("canEdit", profile.canEdit()).with("org", profile.org())
                .with("profileNetworks", profile.networks()).with("mine", profile.isMine(viewer))
                .with("levels", LEVELS);
    }

    /** Self-rated levels, lowest first. */
    static final java.util.List<Integer> LEVELS = java.util.List.of(1, 2, 3, 4);

    @GET
    @Path("me")
    public Response me() {
        return Response.seeOther(profileUri(viewer.username())).build();
    }

    @GET
    @Path("me/edit")
    public View editForm() {
        var person = profiles.find(viewer.username());
        return editView(ProfileEdit.of(person), Map.of(), false);
    }

    @POST
    @Path("me/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@FormParam("about") String about, @FormParam("location") String location,
                         @FormParam("interests") String interests, @FormParam("hobbies") String hobbies,
                         @FormParam("phone") String phone, @FormParam("chat") String chat,
                         @FormParam("openToQuestions") String questions, @FormParam("openToMentoring") String mentoring,
                         @FormParam("openToProjects") String projects, @FormParam("talentDiscovery") String discovery,
                         @FormParam("version") Long version) {
        var edit = new ProfileEdit(about, location, interests, hobbies, phone, chat, on(questions), on(mentoring),
                on(projects), on(discovery), version);
        var errors = new LinkedHashMap<String, String>();
        validator.validate(edit).forEach(v -> errors.put(v.getPropertyPath().toString(), v.getMessage()));
        if (!errors.isEmpty()) {
            return Response.status(400).entity(editView(edit, errors, false)).build();
        }
        try {
            profiles.edit(viewer, viewer.username(), edit);
            flash.success("flash.profile.saved");
        } catch (OptimisticLockException e) {
            return Response.status(409).entity(editView(edit, errors, true)).build();
        }
        return Response.seeOther(profileUri(viewer.username())).build();
    }

    private static boolean on(String checkbox) {
        return "on".equals(checkbox) || "true".equals(checkbox);
    }

    private View editView(ProfileEdit edit, Map<String, String> errors, boolean stale) {
        var current = profiles.find(viewer.username());
        return View.of("people/edit").with("form", edit).with("errors", errors).with("person", current)
                .with("stale", stale).with("hasPhoto", !photos.withPhoto(java.util.List.of(current.id())).isEmpty())
                .with("language", current.language().orElse(null)).with("languages", Profiles.LANGUAGES);
    }

    private static URI profileUri(String username) {
        return UriBuilder.fromPath("/people/{username}").build(username);
    }
}
