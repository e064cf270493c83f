package org.guildhall.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.guildhall.people.Profiles;
import org.guildhall.web.view.Languages;
import org.guildhall.web.view.ReaderLocaleInterpolator;

/**
 * Creates the signed-in person's profile on first sign-in and copies the identity provider's
 * changes (name, email, department, title): once per browser session, and on every bearer call
 * (an indexed lookup that writes only when something changed). The request goes on in the
 * person's language ({@link Languages}).
 */
@WebFilter(urlPatterns = "/*")
public class ProfileSync extends HttpFilter {

    static final String SESSION_KEY = SignedIn.class.getName();

    @Inject
    Profiles profiles;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            var session = request.getSession(false);
            var signedIn = session == null ? null : (SignedIn) session.getAttribute(SESSION_KEY);
            if (signedIn == null) {
                signedIn = Claims.identity(request)
                        .map(profiles::signIn)
                        .map(person -> new SignedIn(person.username(), person.displayName(), person.language().orElse(null)))
                        .orElse(null);
                if (session != null && signedIn != null) {
                    session.setAttribute(SESSION_KEY, signedIn);
                }
            }
            request.setAttribute(SESSION_KEY, signedIn);
        }
        var signedIn = (SignedIn) request.getAttribute(SESSION_KEY);
        var locale = Languages.of(signedIn == null ? null : signedIn.language(), request.getHeader("Accept-Language"));
        ReaderLocaleInterpolator.reading(locale);
        try {
            chain.doFilter(new LocalisedRequest(request, locale), response);
        } finally {
            ReaderLocaleInterpolator.done();
        }
    }
}
