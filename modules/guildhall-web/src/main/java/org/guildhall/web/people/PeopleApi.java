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
    public PeoplePage find(@QueryParam("q") String q, @QueryParam("department") String department,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        var paging = Paging.of(page, size, 20).within(Hits.MAX_WINDOW);
        var result = search.find(viewer, SearchText.of(q), department, paging.page(), paging.size());
        return new PeoplePage(result.items().stream().map(h -> PersonJson.of(h.person(), h.snippet())).toList(),
                result.total(), result.page(), result.size(), result.pages());
    }

    @GET
    @Path("people/{username}")
    public PersonJson person(@PathParam("username") String username) {
        var person = profiles.find(username);
        access.requireCanSee(viewer, person);
        return PersonJson.of(person, profiles.orgChart(person), !photos.withPhoto(List.of(person.id())).isEmpty());
    }

    public record NetworkMembership(String slug, String name, String role, Instant joinedAt) {
    }

    @GET
    @Path("people/{username}/networks")
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
    public List<NetworkJson> myProposals() {
        return networks.myProposalCards(viewer).stream()
                .map(c -> NetworkJson.of(c.network(), c.owners(), c.mine())).toList();
    }

    @GET
    @Path("me")
    public PersonJson me() {
        return PersonJson.mine(profiles.find(viewer.username()));
    }

    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonJson editMe(ProfileEdit edit) {
        if (edit == null) {
            throw new InvalidRequest("A JSON body with the profile's fields and its 'version' is required");
        }
        return PersonJson.mine(profiles.edit(viewer, viewer.username(), edit));
    }
}
