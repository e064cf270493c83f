package org.guildhall.web.feed;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.guildhall.access.Viewer;
import org.guildhall.feed.FeedToken;
import org.guildhall.feed.FeedTokens;

/** Feed tokens for integrations. The token itself is in the creation's answer only. */
@RequestScoped
@Path("api/v1/me/feed-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feeds", description = "Feed tokens, with which feed readers that cannot sign in read the caller's private Atom feeds.")
public class FeedTokenApi {

    @Inject
    FeedTokens tokens;

    @Inject
    Viewer viewer;

    public record Label(String label) {
    }

    public record TokenJson(long id, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        static TokenJson of(FeedToken t) {
            return new TokenJson(t.id(), t.label(), t.createdAt(), t.lastUsedAt(), t.revokedAt());
        }
    }

    public record MadeJson(long id, String label, String token, String homeFeed) {
    }

    @GET
    @Operation(summary = "List my feed tokens", description = "The caller's feed tokens with their label and when they were created, last used and revoked; never the token itself.")
    public List<TokenJson> mine() {
        return tokens.mine(viewer).stream().map(TokenJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a feed token", description = "A new token, labelled (at most 100 characters), for feed readers that cannot sign in; it reads as the caller with an employee's rights. The token is in this answer only. At most 10 live tokens (400 otherwise).")
    @APIResponse(responseCode = "201", description = "The token (shown this once) and the address of the caller's home feed")
    public Response create(Label in) {
        var made = tokens.create(viewer, in == null ? null : in.label());
        return Response.status(Response.Status.CREATED).entity(new MadeJson(made.token().id(), made.token().label(), made.secret(),
                "/feeds/private/" + made.secret() + "/home.atom")).build();
    }

    @DELETE
    @Path("{id: \\d+}")
    @Operation(summary = "Revoke a feed token", description = "Feeds read with it answer 404 from now on; 404 for a token that is not the caller's.")
    @APIResponse(responseCode = "204", description = "The token was revoked")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(viewer, id);
        return Response.noContent().build();
    }
}
