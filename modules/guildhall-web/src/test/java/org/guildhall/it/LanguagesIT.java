package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Every page in English and in German: an administrator (who reaches every page) walks the site
 * from its main sections, following its own links, in both languages; no page shows a missing
 * message key, each says which language it is in, and the German one is German. The language comes
 * from the browser, or from the person's own choice, which wins.
 */
class LanguagesIT extends AgainstTheServer {

    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[A-Za-z0-9_.-]+\\?\\?");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final int PAGES = 120;
    private static final List<String> START = List.of("", "networks", "people", "questions", "search?q=kafka", "flow",
            "flow/departments", "flow/networks", "flow/brokers", "notifications", "notifications/settings", "me/edit",
            "admin", "admin/imports", "admin/health", "moderation", "talent", "home", "skills", "following");

    @Test
    void every_page_renders_completely_in_english_and_in_german() {
        var pages = walk();
        assertThat(pages.size()).as("pages walked").isGreaterThan(60);
        var untranslated = new ArrayList<String>();
        for (var path : pages) {
            var english = page(path, "en-GB,en;q=0.9");
            var german = page(path, "de-DE,de;q=0.9,en;q=0.5");
            if (english == null || german == null) {
                continue;
            }
            assertThat(MISSING_KEY.matcher(english).find()).as("a missing key in English on /" + path).isFalse();
            assertThat(MISSING_KEY.matcher(german).find()).as("a missing key in German on /" + path).isFalse();
            assertThat(english).as("/" + path).contains("<html lang=\"en\"");
            assertThat(german).as("/" + path).contains("<html lang=\"de\"");
            if (german.equals(english)) {
                untranslated.add(path);
            }
        }
        assertThat(untranslated).as("pages identical in both languages").isEmpty();
        assertThat(page("networks", "de")).contains("Netzwerke").contains("Sprache: Deutsch");
    }

    @Test
    void a_persons_own_choice_wins_over_the_browser_and_can_be_given_back_to_it() {
        as("leo").body(Map.of("language", "de")).put(base + "api/v1/me/language").then().statusCode(200);
        try {
            var page = html("leo").header("Accept-Language", "en-GB").get(base + "networks").then().statusCode(200)
                    .extract().asString();
            assertThat(page).contains("<html lang=\"de\"").contains("Netzwerke");
            as("leo").get(base + "api/v1/me/language").then().statusCode(200).body("language", org.hamcrest.Matchers.equalTo("de"))
                    .body("available", org.hamcrest.Matchers.hasItems("en", "de"));
            as("leo").body(Map.of("language", "fr")).put(base + "api/v1/me/language").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("language"));
        } finally {
            as("leo").body("{\"language\": null}").put(base + "api/v1/me/language").then().statusCode(200);
        }
        assertThat(html("leo").header("Accept-Language", "en-GB").get(base + "networks").asString()).contains("<html lang=\"en\"");
    }

    @Test
    void a_form_field_message_comes_in_the_readers_language() {
        var blank = Map.of("title", "", "body", "Text", "publishing", "now");
        var german = as("alice").header("Accept-Language", "de-DE").body(blank).post(base + "api/v1/posts").then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(german.getList("errors.message", String.class)).contains("Geben Sie dem Beitrag einen Titel.");
        var english = as("alice").header("Accept-Language", "en-GB").body(blank).post(base + "api/v1/posts").then().statusCode(400)
                .extract().jsonPath();
        assertThat(english.getList("errors.message", String.class)).contains("Give the post a title.");
    }

    /** Pages reachable from the main sections by the site's own links, up to {@link #PAGES}. */
    private List<String> walk() {
        var seen = new LinkedHashSet<String>();
        var queue = new ArrayDeque<>(START);
        var pages = new ArrayList<String>();
        while (!queue.isEmpty() && pages.size() < PAGES) {
            var path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            var body = page(path, "en");
            if (body == null) {
                continue;
            }
            pages.add(path);
            var matcher = LINK.matcher(body);
            while (matcher.find()) {
                var next = matcher.group(1).substring(1).replace("&amp;", "&");
                if (worthVisiting(next) && !seen.contains(next)) {
                    queue.add(next);
                }
            }
        }
        return pages;
    }

    private static boolean worthVisiting(String path) {
        return !path.startsWith("static/") && !path.startsWith("webjars/") && !path.startsWith("feeds/")
                && !path.contains("export") && !path.endsWith(".csv") && !path.contains("sign-out") && !path.startsWith("unsubscribe")
                && !path.contains("/photo") && !path.contains("attachments/") && !path.contains("page=");
    }

    /** The page as HTML, or null when it is not a page (a redirect, a download, an error). */
    private String page(String path, String language) {
        var response = html("olivia").header("Accept-Language", language).redirects().follow(false).get(base + path);
        var type = response.contentType();
        return response.statusCode() == 200 && type != null && type.startsWith(ContentType.HTML.toString()) ? response.asString() : null;
    }
}
