package org.guildhall.web.security;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose locale is the language Guildhall answers in, so every {@code getLocale()} agrees. */
final class LocalisedRequest extends HttpServletRequestWrapper {

    private final Locale locale;

    LocalisedRequest(HttpServletRequest request, Locale locale) {
        super(request);
        this.locale = locale;
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    @Override
    public Enumeration<Locale> getLocales() {
        return Collections.enumeration(java.util.List.of(locale));
    }
}
