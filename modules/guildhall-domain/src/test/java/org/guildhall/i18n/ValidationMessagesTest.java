package org.guildhall.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every message key a constraint names exists in English and in German (a missing one shows as "{key}"). */
class ValidationMessagesTest {

    private static final Pattern KEY = Pattern.compile("message = \"\\{([A-Za-z.]+)}\"");

    @Test
    void every_constraint_message_has_an_english_and_a_german_text() throws IOException {
        var english = bundle("ValidationMessages.properties");
        var german = bundle("ValidationMessages_de.properties");
        var used = usedKeys();
        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).as("English").containsAll(used);
        assertThat(german.stringPropertyNames()).as("German, the same keys").isEqualTo(english.stringPropertyNames());
    }

    private static Set<String> usedKeys() throws IOException {
        var keys = new TreeSet<String>();
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            for (var file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                KEY.matcher(Files.readString(file)).results().forEach(m -> keys.add(m.group(1)));
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = ValidationMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
