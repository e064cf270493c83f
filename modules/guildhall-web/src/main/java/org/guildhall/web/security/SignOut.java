package org.guildhall.web.security;

import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.guildhall.web.view.View;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

/**
 * Sign-out ends both sessions: Guildhall's, then Keycloak's through OpenID Connect RP-initiated
 * logout, which returns the browser to {@code /signed-out}.
 */
@Path("/")
public class SignOut {

    @Inject
    @ConfigProperty(name = "guildhall.oidc.provider-url", defaultValue = "http://localhost:8180/realms/guildhall")
    String providerUrl;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @POST
    @Path("sign-out")
    public Response signOut() throws ServletException {
        var context = Claims.context(request).orElse(null);
        String idToken = context == null ? null : context.getIDTokenString();
        String endSession = context instanceof RefreshableOidcSecurityContext refreshable
                && refreshable.getOidcClientConfiguration() != null
                && refreshable.getOidcClientConfiguration().getLogoutUrl() != null
                ? refreshable.getOidcClientConfiguration().getLogoutUrl()
                : providerUrl + "/protocol/openid-connect/logout";
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        var target = UriBuilder.fromUri(endSession)
                .queryParam("post_logout_redirect_uri", uri.getBaseUriBuilder().path("signed-out").build());
        if (idToken != null) {
            target.queryParam("id_token_hint", idToken);
        }
        return Response.seeOther(target.build()).build();
    }

    @GET
    @Path("signed-out")
    @Produces(MediaType.TEXT_HTML)
    public View signedOut() {
        return View.of("signed-out");
    }
}
