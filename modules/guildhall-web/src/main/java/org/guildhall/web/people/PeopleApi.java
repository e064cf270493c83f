package org.guildhall.web.people;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Viewer;
import org.guildhall.network.NetworkDirectory;
import org.guildhall.people.ProfileEdit;
import org.guildhall.people.Profiles;
import org.guildhall.search.Hits;
import org.guildhall.search.people.PeopleSearch;
import org.guildhall.web.error.InvalidRequest;
import org.guildhall.web.network.NetworkJson;
import org.guildhall.web.view.Paging;
import org.guildhall.web.view.SearchText;

/** People for integrations: search the directory, read a profile, read and edit my own. */
@RequestScoped
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People", description = "The people directory, profiles and the caller's own profile.")
public class PeopleApi {

    @Inject
    Profiles profiles;

    @Inject
    PeopleSearch search;

    @Inject
    AccessPolicy access;

    @Inject
    Viewer viewer;

    @Inject
    NetworkDirectory networks;

    @Inject
    org.guildhall.people.Photos photos;

    public record PeoplePage(List<PersonJson> items, long total, int page, int size, int pages) {
    }

    @GET
    @Path("people")
    @Operation(summary = "Search people", description = "Searches the people directory by name, title, department or what people wrote about themselves, tolerating a typo; results carry a `snippet`. `page` × `size` is at most 10,000 (400 otherwise); 503 while search is down or being rebuilt.")
    public PeoplePage find(
            @Parameter(description = "Words to find in names, titles, departments and profiles; a typo is tolerated", example = "priya") @QueryParam("q") String q,
            @Parameter(description = "Only people in this directory department", example = "Research") @QueryParam("department") String department,
            @Parameter(description = "Page number, from 1 (at most 500)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Results per page, 1–100 (default 20)", example = "20") @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20).within(Hits.MAX_WINDOW);
        var result = search.find(viewer, SearchText.of(q), department, paging.page(), paging.size());
        return new PeoplePage(result.items().stream().map(h -> PersonJson.of(h.person(), h.snippet())).toList(),
                result.total(), result.page(), result.size(), result.pages());
    }

    @GET
    @Path("people/{username}")
    @Operation(summary = "Read a profile", description = "A person's profile with the org chart (`manager`, `reports`) and the address of their photo; 404 for an unknown person or one the caller may not see.")
    public PersonJson person(@PathParam("username") String username) {
        var person = profiles.find(username);
        access.requireCanSee(viewer, person);
        return PersonJson.of(person, profiles.orgChart(person), !photos.withPhoto(List.of(person.id())).isEmpty());
    }

    public record NetworkMembership(String slug, String name, String role, Instant joinedAt) {
    }

    @GET
    @Path("people/{username}/networks")
    @Operation(summary = "List a person's networks", description = "The networks a person belongs to, with their role and join date, trimmed to those whose member list the caller may read; 404 for a person the caller may not see.")
    public List<NetworkMembership> networks(@PathParam("username") String username) {
        var person = profiles.find(username);
        access.requireCanSee(viewer, person);
        return networks.networksOf(viewer, person).stream()
                .map(m -> new NetworkMembership(m.network().slug(), m.network().name(), m.role().code(), m.joinedAt()))
                .toList();
    }

    /** The networks I proposed, with their status and, when rejected, the reason. */
    @GET
    @Path("me/proposals")
    @Operation(summary = "List the networks I proposed", description = "The caller's latest 50 proposals with their `status` (proposed, active, rejected, archived), the decision's `statusReason` and, once live, their owners.")
    public List<NetworkJson> myProposals() {
        return networks.myProposalCards(viewer).stream()
                .map(c -> NetworkJson.of(c.network(), c.owners(), c.mine())).toList();
    }

    @GET
    @Path("me")
    @Operation(summary = "Read my profile", description = "The caller's own profile, with `talentDiscovery` (whether HR's talent finder may list them) and `version` for the next edit.")
    public PersonJson me() {
        return PersonJson.mine(profiles.find(viewer.username()));
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit my profile", description = "A full replacement of the fields a person edits (a missing switch is off); department, title, manager and employee id are HR's and ignored here. Invalid fields are a 400 problem with `errors[]`; a stale `version` is a 409.")
    public PersonJson editMe(ProfileEdit edit) {
        if (edit == null) {
            throw new InvalidRequest("A JSON body with the profile's fields and its 'version' is required");
        }
        return PersonJson.mine(profiles.edit(viewer, viewer.username(), edit));
    }
}
