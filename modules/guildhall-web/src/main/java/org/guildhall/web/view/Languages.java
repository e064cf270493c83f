package org.guildhall.web.view;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.guildhall.people.Person;
import org.guildhall.people.Profiles;

/**
 * Which of Guildhall's languages someone gets: the one they chose, else the best match for their
 * browser's {@code Accept-Language}, else English. Mail has no browser: the choice, else English.
 */
public final class Languages {

    public static final List<Locale> SUPPORTED = Profiles.LANGUAGES.stream().map(Locale::forLanguageTag).toList();

    private Languages() {
    }

    public static Locale of(String chosen, String acceptLanguage) {
        if (chosen != null) {
            return Locale.forLanguageTag(chosen);
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED))
                    .orElse(Locale.ENGLISH);
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    /** A person's language away from any browser (their mail). */
    public static Locale of(Person person) {
        return of(person.language().orElse(null), null);
    }
}
