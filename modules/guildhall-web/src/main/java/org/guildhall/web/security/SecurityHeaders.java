package org.guildhall.web.security;

import java.io.IOException;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A strict Content-Security-Policy (no inline script or style) and the usual hardening headers
 * on every response. Forms may post to Keycloak's origin because sign-out redirects there.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    @Inject
    @ConfigProperty(name = "guildhall.oidc.provider-url", defaultValue = "http://localhost:8180/realms/guildhall")
    String providerUrl;

    private String policy;

    @Override
    public void init() {
        var provider = URI.create(providerUrl);
        var origin = provider.getScheme() + "://" + provider.getAuthority();
        policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "frame-ancestors 'none'; form-action 'self' " + origin;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
