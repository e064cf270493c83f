package org.guildhall.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * In four browsers: a member reports an insulting comment, a moderator hides it from the queue with
 * a reason, the author sees the reason, the reporter sees the outcome, and the audit log shows it.
 */
class ModerationJourneyIT extends InTheBrowser {

    @Test
    void report_hide_with_a_reason_and_everyone_sees_what_they_should() {
        for (var u : new String[] {"carmen", "leo", "sam", "priya"}) {
            given().auth().oauth2(Tokens.of(u)).get(deployment + "api/v1/me").then().statusCode(200);
        }
        var slug = given().auth().oauth2(Tokens.of("carmen")).contentType(ContentType.JSON)
                .body(Map.of("name", "Civil Talk " + UUID.randomUUID().toString().substring(0, 6), "description", "d",
                        "purpose", "Talk civilly", "visibility", "listed", "contentAccess", "members-only", "joinPolicy", "open"))
                .post(deployment + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        given().auth().oauth2(Tokens.of("olivia")).post(deployment + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        for (var u : new String[] {"leo", "sam", "priya"}) {
            given().auth().oauth2(Tokens.of(u)).post(deployment + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        }
        given().auth().oauth2(Tokens.of("carmen")).contentType(ContentType.JSON).body(Map.of("role", "moderator"))
                .put(deployment + "api/v1/networks/" + slug + "/members/leo/role").then().statusCode(200);
        long post = given().auth().oauth2(Tokens.of("sam")).contentType(ContentType.JSON)
                .body(Map.of("title", "Roadmap draft", "body", "What do you think?", "publishing", "now", "network", slug))
                .post(deployment + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        long insult = given().auth().oauth2(Tokens.of("priya")).contentType(ContentType.JSON)
                .body(Map.of("body", "Only a fool would write this roadmap."))
                .post(deployment + "api/v1/posts/" + post + "/comments").then().statusCode(201).extract().jsonPath().getLong("id");

        try (var browser = new Browser()) {
            var sam = signIn(browser, "sam", "blog/posts/" + post);
            sam.click("#comment-" + insult + " a:has-text('Report')");
            sam.check("#reason-insulting");
            sam.fill("#report-details", "A personal attack");
            sam.click("button:has-text('Send the report')");
            assertThat(sam.locator("main")).containsText("the moderators will look at it");

            var leo = signIn(browser, "leo", "networks/" + slug + "/moderation");
            leo.click("#queue a:has-text('Comment on')");
            assertThat(leo.locator("#item-text")).containsText("Only a fool");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(leo)).isEmpty();
            leo.check("#decide-hide");
            leo.fill("#decision-reason", "Criticise the roadmap, not the person");
            leo.click("#decision-form button:has-text('Decide')");
            assertThat(leo.locator("main")).containsText("Hidden");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(leo)).isEmpty();

            sam.navigate(base + "blog/posts/" + post);
            assertThat(sam.locator("#comment-" + insult)).containsText("Hidden by a moderator");
            assertThat(sam.locator("#comment-" + insult)).not().containsText("Only a fool");
            sam.navigate(base + "me/moderation");
            assertThat(sam.locator("#my-reports")).containsText("Hidden");
            assertThat(sam.locator("#my-reports")).containsText("Criticise the roadmap, not the person");

            var priya = signIn(browser, "priya", "me/moderation");
            assertThat(priya.locator("#notices")).containsText("Criticise the roadmap, not the person");
            priya.navigate(base + "blog/posts/" + post);
            assertThat(priya.locator("#comment-" + insult)).containsText("Criticise the roadmap, not the person");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(priya)).isEmpty();

            var carmen = signIn(browser, "carmen", "networks/" + slug + "/moderation/audit");
            assertThat(carmen.locator("#audit")).containsText("Leo");
            assertThat(carmen.locator("#audit")).containsText("Criticise the roadmap, not the person");
            carmen.navigate(base + "networks/" + slug + "/health");
            assertThat(carmen.locator("#activity")).isVisible();
            assertThat(carmen.locator(".health-chart").first()).isAttached();
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(carmen)).isEmpty();
        }
    }
}
