package org.guildhall.web.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.guildhall.people.Identity;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/** Reads the signed-in person's token, whether it came from a browser session or a bearer header. */
final class Claims {

    private Claims() {
    }

    static Optional<OidcSecurityContext> context(HttpServletRequest request) {
        return Optional.ofNullable((OidcSecurityContext) request.getAttribute(OidcSecurityContext.class.getName()));
    }

    static Optional<Identity> identity(HttpServletRequest request) {
        return context(request).map(OidcSecurityContext::getToken).map(Claims::identity);
    }

    private static Identity identity(AccessToken token) {
        return new Identity(token.getPreferredUsername(), token.getName(), token.getEmail(),
                token.getClaimValueAsString("department"), token.getClaimValueAsString("title"));
    }
}
