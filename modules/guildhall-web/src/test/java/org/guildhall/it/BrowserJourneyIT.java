package org.guildhall.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import java.nio.file.Paths;
import java.time.Duration;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A person's first visit, in a real browser against the real Keycloak login page. */
class BrowserJourneyIT extends InTheBrowser {

    @Test
    void sign_in_find_a_colleague_open_their_profile_and_sign_out() {
        colleagueIsInTheDirectory("priya", "Priya");

        try (var browser = new Browser(); var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base);

            page.waitForURL(url -> url.startsWith(Stack.REALM));
            page.fill("#username", "alice");
            page.fill("#password", Stack.PASSWORD);
            page.click("#kc-login");

            assertThat(page.locator("#signed-in-as")).hasText("Alice Moreau");
            assertThat(page.locator("h1")).containsText("Welcome, Alice Moreau");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(page)).isEmpty();

            page.fill("#site-search", "Priya");
            page.press("#site-search", "Enter");
            assertThat(page.locator("#result-count")).containsText("result");
            page.click("#results article[data-type=person] a:has-text('Priya Raman')");

            assertThat(page.locator("#profile-name")).hasText("Priya Raman");
            assertThat(page.locator(".lead")).containsText("Research");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(page)).isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/profile.png")).setFullPage(true));

            page.click("button:has-text('Sign out')");
            assertThat(page.locator("h1")).hasText("You have signed out");

            page.navigate(base);
            page.waitForURL(url -> url.startsWith(Stack.REALM));
            assertThat(page.locator("#username")).isVisible();
        }
    }

    @Test
    void a_person_edits_their_profile_with_field_messages_for_mistakes() {
        try (var browser = new Browser(); var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "me/edit");
            page.fill("#username", "omar");
            page.fill("#password", Stack.PASSWORD);
            page.click("#kc-login");

            page.fill("#location", "L".repeat(121));
            page.click("button:has-text('Save profile')");
            assertThat(page.locator("#location-error")).hasText("Location can be at most 120 characters.");
            assertThat(page.locator("#location")).hasAttribute("aria-describedby", "location-help location-error");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(page)).isEmpty();

            page.fill("#location", "Lisbon");
            page.fill("#about", "Warehouse automation and <script>alert(1)</script> safety.");
            page.click("button:has-text('Save profile')");
            assertThat(page.locator("#profile-name")).hasText("Omar Haddad");
            assertThat(page.locator(".about")).hasText("Warehouse automation and <script>alert(1)</script> safety.");
        }
    }

    private void colleagueIsInTheDirectory(String username, String query) {
        var token = Tokens.of(username);
        given().auth().oauth2(token).get(base + "api/v1/me").then().statusCode(200);
        Stack.await(username + " in search", Duration.ofSeconds(10), () ->
                given().auth().oauth2(token).accept(ContentType.JSON).queryParam("q", query)
                        .get(base + "api/v1/people").then().statusCode(200).extract().jsonPath()
                        .getList("items.username").contains(username));
    }
}
