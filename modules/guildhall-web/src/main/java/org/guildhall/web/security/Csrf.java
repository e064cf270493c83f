package org.guildhall.web.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-site request forgery protection for every state change made with a browser's session,
 * whatever its content type and with or without a body: the request must come from one of our
 * own pages ({@code Sec-Fetch-Site} and {@code Origin}, when the browser sends them) and carry
 * the session's token, in the form field {@value #FIELD} or the {@value #HEADER} header.
 * SameSite cookies alone do not suffice: a sibling intranet host is "same site".
 * Bearer-token calls are exempt: a forged request carries cookies, never an Authorization header.
 */
@WebFilter(urlPatterns = "/*")
public class Csrf extends HttpFilter {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String SESSION_KEY = Csrf.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    @ConfigProperty(name = "guildhall.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public static String token(HttpSession session) {
        var token = (String) session.getAttribute(SESSION_KEY);
        if (token == null) {
            var bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_KEY, token);
        }
        return token;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || hasBearerToken(request) || isUnsubscribe(request)) {
            chain.doFilter(request, response);
        } else if (crossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "This request came from another site, so it was refused. Use Guildhall's own pages to make changes.");
        } else if (!validToken(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "This form has expired. Go back, reload the page and try again.");
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Unsubscribe links carry their own signed token, and mail programs post to them from
     * outside (RFC 8058 one-click): a forged request could only unsubscribe the token's owner.
     */
    private static boolean isUnsubscribe(HttpServletRequest request) {
        return (request.getContextPath() + "/unsubscribe").equals(request.getRequestURI());
    }

    private static boolean hasBearerToken(HttpServletRequest request) {
        var authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /**
     * What the browser tells about where the request started: anywhere but this origin is refused.
     * Browsers that send {@code Sec-Fetch-Site} say it outright; for others the {@code Origin} must
     * be Guildhall's public address ({@code GUILDHALL_BASE_URL}) or the host the request names (a
     * proxy may rewrite {@code Host}, so either will do).
     */
    private boolean crossSite(HttpServletRequest request) {
        var site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !"same-origin".equals(site) && !"none".equals(site);
        }
        var origin = request.getHeader("Origin");
        return origin != null && !authority(origin).equalsIgnoreCase(String.valueOf(request.getHeader("Host")))
                && !authority(origin).equalsIgnoreCase(authority(baseUrl));
    }

    /** Host and port only: behind a TLS-terminating proxy the scheme the server sees differs. */
    private static String authority(String url) {
        try {
            var authority = URI.create(url).getRawAuthority();
            return authority == null ? "" : authority;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean validToken(HttpServletRequest request) {
        var session = request.getSession(false);
        var expected = session == null ? null : (String) session.getAttribute(SESSION_KEY);
        var sent = request.getHeader(HEADER);
        if (sent == null && isForm(request)) {
            sent = request.getParameter(FIELD);
        }
        return sent != null && expected != null && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isForm(HttpServletRequest request) {
        var type = request.getContentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }
}
