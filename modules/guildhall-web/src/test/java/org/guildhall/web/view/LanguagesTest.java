package org.guildhall.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void a_chosen_language_wins_over_the_browser() {
        assertThat(Languages.of("de", "en-GB,en;q=0.9")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void the_browser_decides_among_the_languages_guildhall_speaks() {
        assertThat(Languages.of(null, "de-AT,de;q=0.9,en;q=0.5")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.of(null, "fr-FR,fr;q=0.9,de;q=0.7,en;q=0.5")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.of(null, "fr-FR,en;q=0.9,de;q=0.5")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anything_else_reads_english() {
        assertThat(Languages.of(null, "fr-FR")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.of(null, null)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.of(null, ";;q=nonsense")).isEqualTo(Locale.ENGLISH);
    }

    /** Every key in both bundles, with the same placeholders: a missing German key would show English. */
    @Test
    void the_german_bundle_translates_every_key_with_the_same_placeholders() throws IOException {
        var english = bundle("i18n/messages.properties");
        var german = bundle("i18n/messages_de.properties");
        assertThat(german.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        var placeholder = Pattern.compile("\\{(\\d)");
        for (var key : english.stringPropertyNames()) {
            assertThat(placeholders(placeholder, german.getProperty(key))).as(key)
                    .isEqualTo(placeholders(placeholder, english.getProperty(key)));
            assertThat(german.getProperty(key)).as(key).isNotBlank();
        }
    }

    private static java.util.List<String> placeholders(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(m -> m.group(1)).distinct().sorted().toList();
    }

    private static Properties bundle(String path) throws IOException {
        var properties = new Properties();
        try (var in = LanguagesTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
