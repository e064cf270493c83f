package org.guildhall.web.view;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The reader's time zone, as their browser reports it ({@code static/timezone.js} keeps it in the
 * {@value #COOKIE} cookie): dates are shown, and times typed into forms are read, in it. Until the
 * browser has said, or when it sends nonsense, UTC.
 */
@RequestScoped
public class ReaderZone {

    public static final String COOKIE = "gh_tz";

    @Inject
    HttpServletRequest request;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            var cookies = request.getCookies();
            zone = cookies == null ? ZoneOffset.UTC : Arrays.stream(cookies)
                    .filter(c -> COOKIE.equals(c.getName())).findFirst()
                    .map(c -> parse(c.getValue())).orElse(ZoneOffset.UTC);
        }
        return zone;
    }

    /** A zone named in a form, or the reader's when the form names none (or none that exists). */
    public ZoneId zone(String named) {
        if (named == null || named.isBlank()) {
            return zone();
        }
        try {
            return ZoneId.of(named.strip());
        } catch (DateTimeException e) {
            return zone();
        }
    }

    /** Dates and times as this reader reads them, in {@code in}: their own zone, or the one a form named. */
    public HumanTime times(Clock clock, ZoneId in) {
        return new HumanTime(clock, in, request.getLocale() == null ? Locale.ENGLISH : request.getLocale());
    }

    private static ZoneId parse(String id) {
        try {
            return ZoneId.of(URLDecoder.decode(id, StandardCharsets.UTF_8));
        } catch (DateTimeException | IllegalArgumentException e) {
            return ZoneOffset.UTC;
        }
    }
}
