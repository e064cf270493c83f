package org.guildhall.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * In the browser: Alice, an engineer, commented on a post by Leo, in Legal. Once the figures are
 * computed she opens Leo's profile, asks "How am I connected to Leo?" and sees the chain with the
 * interaction behind it; she then looks at her own connections and at the map across departments.
 */
class FlowJourneyIT extends InTheBrowser {

    @Test
    void an_engineer_sees_how_she_is_connected_to_someone_in_legal_and_why() {
        var run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        for (var u : List.of("alice", "leo")) {
            given().auth().oauth2(Tokens.of(u)).get(deployment + "api/v1/me").then().statusCode(200);
        }
        var title = "Contract clauses for " + run;
        long post = given().auth().oauth2(Tokens.of("leo")).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", "What to check in a data processing agreement.", "publishing", "now"))
                .post(deployment + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON).body(Map.of("body", "We used this for " + run + "."))
                .post(deployment + "api/v1/posts/" + post + "/comments").then().statusCode(201);
        FlowIT.compute(deployment);

        try (var browser = new Browser()) {
            var alice = signIn(browser, "alice", "people/leo");
            alice.click("#profile-path");
            assertThat(alice.locator("h1")).containsText("How am I connected to");
            assertThat(alice.locator("#figures-as-of")).containsText("Figures as of");
            assertThat(alice.locator("#chain-summary")).isVisible();
            var first = alice.locator(".chain").first();
            assertThat(first.locator(".link").first()).containsText("You");
            assertThat(first).containsText("You commented on");
            assertThat(first).containsText(title);
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(alice)).isEmpty();
            first.locator(".reason a", new com.microsoft.playwright.Locator.LocatorOptions().setHasText(title)).first().click();
            assertThat(alice.locator("h1")).containsText(title);

            alice.navigate(base + "people/alice/connections");
            assertThat(alice.locator("#connections")).containsText("Leo");
            assertThat(alice.locator("#broker-listing")).isVisible();
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(alice)).isEmpty();
            alice.navigate(base + "flow/departments");
            assertThat(alice.locator("#pairs")).containsText("Legal");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(alice)).isEmpty();
            alice.locator("#pairs a[href*='from=Engineering&to=Legal']").click();
            assertThat(alice.locator("h1")).containsText("From Engineering to Legal");
            assertThat(alice.locator("#carried")).containsText(title);
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(alice)).isEmpty();
        }
    }
}
