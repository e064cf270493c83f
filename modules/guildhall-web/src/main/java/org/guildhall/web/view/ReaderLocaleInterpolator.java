package org.guildhall.web.view;

import java.util.Locale;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;

/**
 * Constraint messages in the reader's language (ValidationMessages_de.properties beside the
 * English ones): Bean Validation would otherwise use the server's own locale. Named in
 * META-INF/validation.xml; the request's language is handed over by {@code ProfileSync} for the
 * thread that answers it, and work outside requests validates in English.
 */
public class ReaderLocaleInterpolator implements MessageInterpolator {

    private static final ThreadLocal<Locale> READER = new ThreadLocal<>();

    private final MessageInterpolator standard = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    /** Messages of this thread in {@code locale} until {@link #done()}. */
    public static void reading(Locale locale) {
        READER.set(locale);
    }

    public static void done() {
        READER.remove();
    }

    @Override
    public String interpolate(String template, Context context) {
        var locale = READER.get();
        return standard.interpolate(template, context, locale == null ? Locale.ENGLISH : locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return standard.interpolate(template, context, locale);
    }
}
