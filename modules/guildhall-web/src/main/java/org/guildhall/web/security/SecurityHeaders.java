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
 * on every response. Images load only from Guildhall itself and the origins an operator allows
 * ({@code GUILDHALL_CSP_IMG_SRC}): an image in a post of a hidden network must not tell an outside
 * server who reads it. Forms may post to Keycloak's origin because sign-out redirects there.
 * HSTS is sent when cookies are Secure, that is when Guildhall is served over HTTPS.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    @Inject
    @ConfigProperty(name = "guildhall.oidc.provider-url", defaultValue = "http://localhost:8180/realms/guildhall")
    String providerUrl;

    @Inject
    @ConfigProperty(name = "guildhall.csp.img-src", defaultValue = " ")
    String imageOrigins;

    @Inject
    @ConfigProperty(name = "guildhall.cookie.secure", defaultValue = "false")
    boolean secure;

    private String policy;

    @Override
    public void init() {
        var provider = URI.create(providerUrl);
        var origin = provider.getScheme() + "://" + provider.getAuthority();
        var images = ("'self' data: " + imageOrigins.strip()).strip();
        policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images + "; "
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
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
