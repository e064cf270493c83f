package org.guildhall.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * In the browser: bob follows a tag from its page; alice writes a post with that tag and
 * mentions him; bob finds the post on his home page, sees the unread count in the header, opens
 * the mention from his notifications and lands on the post, which is then read.
 */
class HomeJourneyIT extends InTheBrowser {

    @Test
    void follow_a_tag_see_the_new_post_at_home_and_open_the_mention() {
        var tag = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        for (var u : new String[] {"alice", "bob"}) {
            given().auth().oauth2(Tokens.of(u)).get(deployment + "api/v1/me").then().statusCode(200);
        }
        given().auth().oauth2(Tokens.of("bob")).post(deployment + "api/v1/me/notifications/read").then().statusCode(200);

        try (var browser = new Browser()) {
            var bob = signIn(browser, "bob", "blog/tags/" + tag);
            bob.click("button.follow-button:has-text('Follow')");
            assertThat(bob.locator("main")).containsText("You follow #" + tag);
            assertThat(bob.locator("button.follow-button")).hasText("Following");

            var title = "Field notes on " + tag;
            long post = given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON)
                    .body(Map.of("title", title, "body", "What do you make of this, @bob?", "tags", List.of(tag), "publishing", "now"))
                    .post(deployment + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");

            bob.navigate(base);
            assertThat(bob.locator("#stream")).containsText(title);
            assertThat(bob.locator("#followed-tags")).containsText("#" + tag);
            assertThat(bob.locator("#unread-count")).hasText("1");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(bob)).isEmpty();

            bob.click("#notifications-link");
            assertThat(bob.locator("#notifications .unread")).containsText("Alice");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(bob)).isEmpty();
            bob.click("#notifications .unread button:has-text('" + title + "')");
            assertThat(bob).hasURL(java.util.regex.Pattern.compile(".*/blog/posts/" + post + "$"));
            assertThat(bob.locator("#unread-count")).hasCount(0);

            bob.navigate(base + "notifications/settings");
            bob.check("#thanks-weekly");
            bob.click("#mail-settings button[type=submit]");
            assertThat(bob.locator("main")).containsText("email settings are saved");
            assertThat(bob.locator("#thanks-weekly")).isChecked();
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(bob)).isEmpty();
        }
        given().auth().oauth2(Tokens.of("bob")).contentType(ContentType.JSON).body(Map.of("thanks", "daily"))
                .put(deployment + "api/v1/me/notifications/preferences").then().statusCode(200);
    }
}
