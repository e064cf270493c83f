package org.guildhall.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Two members edit the same wiki page at once, in two browsers, and both changes survive. */
class WikiJourneyIT extends InTheBrowser {

    @Test
    void two_members_edit_one_page_at_once_and_nothing_is_lost() {
        var slug = given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON)
                .body(Map.of("name", "Runbook Crew " + UUID.randomUUID().toString().substring(0, 6), "description", "Ops",
                        "purpose", "Keep our runbooks right", "visibility", "listed", "contentAccess", "public", "joinPolicy", "open"))
                .post(deployment + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        given().auth().oauth2(Tokens.of("olivia")).post(deployment + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        given().auth().oauth2(Tokens.of("bob")).post(deployment + "api/v1/networks/" + slug + "/join").then().statusCode(200);

        try (var browser = new Browser()) {
            var alice = signIn(browser, "alice", "networks/" + slug + "/wiki");
            alice.click("a:has-text('Write its home page')");
            alice.fill("#body", "## Deploy\nRun the pipeline.\n\n## Roll back\nRevert the release.\n\nSee [[Escalation]].");
            alice.click("#save");
            assertThat(alice.locator("#page-title")).hasText("Home");
            assertThat(alice.locator("#page-body a.wiki-missing")).hasText("Escalation");
            var pageUrl = alice.url();

            // Both open the editor before either saves.
            alice.click("a:has-text('Edit')");
            var bob = signIn(browser, "bob", pageUrl.substring(base.length()) + "/edit");
            assertThat(bob.locator("#others-editing")).containsText("Alice");
            bob.fill("#body", "## Deploy\nRun the pipeline, then watch the dashboard.\n\n## Roll back\nRevert the release.\n\nSee [[Escalation]].");
            bob.fill("#summary", "Watch the dashboard");
            alice.fill("#body", "## Deploy\nRun the pipeline.\n\n## Roll back\nRevert the release and tell the on-call lead.\n\nSee [[Escalation]].");

            bob.click("#save");
            assertThat(bob.locator(".alert-success")).containsText("saved");
            alice.click("#save");
            assertThat(alice.locator(".alert-success")).containsText("merged");
            assertThat(alice.locator("#page-body")).containsText("then watch the dashboard");
            assertThat(alice.locator("#page-body")).containsText("tell the on-call lead");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(alice)).isEmpty();

            // A real clash: both change the same line; Bob sees both versions marked and resolves them.
            alice.click("a:has-text('Edit')");
            bob.navigate(pageUrl + "/edit");
            alice.fill("#body", alice.inputValue("#body").replace("Run the pipeline, then", "Run the green pipeline, then"));
            bob.fill("#body", bob.inputValue("#body").replace("Run the pipeline, then", "Trigger the pipeline, then"));
            alice.click("#save");
            bob.click("#save");
            assertThat(bob.locator("#conflict")).containsText("Alice");
            assertThat(bob.locator("#body")).containsText("<<<<<<< your version");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(bob)).isEmpty();
            bob.fill("#body", "## Deploy\nTrigger the green pipeline, then watch the dashboard.\n\n## Roll back\n"
                    + "Revert the release and tell the on-call lead.\n\nSee [[Escalation]].");
            bob.click("#save");
            assertThat(bob.locator("#page-body")).containsText("Trigger the green pipeline");

            bob.click("a:has-text('History')");
            assertThat(bob.locator("#revisions tbody tr")).hasCount(5);
            bob.click("button:has-text('Compare selected')");
            assertThat(bob.locator("#diff ins").first()).isVisible();
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(bob)).isEmpty();

            bob.navigate(pageUrl);
            bob.click("#page-body a.wiki-missing");
            org.assertj.core.api.Assertions.assertThat(bob.inputValue("#title")).isEqualTo("Escalation");
            org.assertj.core.api.Assertions.assertThat(bob.inputValue("#parent")).isEqualTo("home");
        }
    }
}
