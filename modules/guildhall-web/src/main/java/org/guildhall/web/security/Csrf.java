package org.guildhall.web.security;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Synchroniser-token CSRF protection for HTML forms: every form carries {@value #FIELD}, which
 * must match the session's token. JSON calls need no token: browsers cannot send them
 * cross-site without a CORS pre-flight, which Guildhall does not allow. Nor do bearer-token
 * calls: a forged cross-site request carries cookies, never an Authorization header.
 */
@WebFilter(urlPatterns = "/*")
public class Csrf extends HttpFilter {

    public static final String FIELD = "_csrf";
    private static final String SESSION_KEY = Csrf.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

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
        if (isForm(request) && !hasBearerToken(request) && !valid(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "This form has expired. Go back, reload the page and try again.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isForm(HttpServletRequest request) {
        var type = request.getContentType();
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) && type != null
                && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    private static boolean hasBearerToken(HttpServletRequest request) {
        var authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static boolean valid(HttpServletRequest request) {
        var session = request.getSession(false);
        var sent = request.getParameter(FIELD);
        var expected = session == null ? null : (String) session.getAttribute(SESSION_KEY);
        return sent != null && expected != null && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
