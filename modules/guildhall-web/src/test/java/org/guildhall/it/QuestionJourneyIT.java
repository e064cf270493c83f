package org.guildhall.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * In the browser: Sam, in Sales, asks a question tagged with a skill (and sees a similar question
 * as he types); Alice, an engineer who never declared that skill but wrote about it, is offered
 * the question, opens it from her notifications, answers, and Sam accepts her answer.
 */
class QuestionJourneyIT extends InTheBrowser {

    @Test
    void a_sales_question_reaches_an_engineer_who_wrote_about_it_and_her_answer_is_accepted() {
        var run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var skill = "Telemetry Sampling " + run;
        for (var u : List.of("alice", "bob", "sam")) {
            given().auth().oauth2(Tokens.of(u)).get(deployment + "api/v1/me").then().statusCode(200);
        }
        given().auth().oauth2(Tokens.of("olivia")).contentType(ContentType.JSON)
                .body(Map.of("name", skill, "category", "Engineering", "aliases", List.of("sampling-" + run)))
                .post(deployment + "api/v1/admin/skills").then().statusCode(201);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(Tokens.of("alice")).contentType(ContentType.JSON)
                    .body(Map.of("title", "How we tuned " + skill + " " + i, "body", "Lessons on " + skill + " from production, part " + i,
                            "tags", List.of("sampling-" + run), "publishing", "now"))
                    .post(deployment + "api/v1/posts").then().statusCode(201);
        }
        given().auth().oauth2(Tokens.of("bob")).contentType(ContentType.JSON)
                .body(Map.of("title", "Is " + run + " telemetry billed per event?", "body", "Asking for the budget."))
                .post(deployment + "api/v1/questions").then().statusCode(201);
        given().auth().oauth2(Tokens.of("alice")).post(deployment + "api/v1/me/notifications/read").then().statusCode(200);
        QuestionsIT.evidenceIndexed();

        String questionUrl;
        try (var browser = new Browser()) {
            var sam = signIn(browser, "sam", "questions");
            sam.click("#ask");
            assertThat(sam.locator("#question-place")).containsText("company-wide");
            sam.fill("#title", "How much " + run + " telemetry should we keep?");
            assertThat(sam.locator("#similar")).containsText("billed per event");
            sam.fill("#body", "A customer asks how long we keep **telemetry**.");
            sam.fill("#skills", skill);
            sam.fill("#tags", "telemetry");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(sam)).isEmpty();
            sam.click("#submit-question");
            assertThat(sam.locator("main")).containsText("Your question is asked");
            assertThat(sam.locator("#question-title")).hasText("How much " + run + " telemetry should we keep?");
            questionUrl = sam.url();
        }

        try (var browser = new Browser()) {
            var alice = signIn(browser, "alice", "");
            Stack.await("the question to be offered to alice", Duration.ofSeconds(30), () -> {
                alice.navigate(base + "notifications");
                return alice.locator("#notifications .unread").filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(run + " telemetry")).count() > 0;
            });
            assertThat(alice.locator("#notifications .unread").first()).containsText(skill);
            alice.navigate(base);
            assertThat(alice.locator("#waiting .offered-question")).containsText(run + " telemetry");
            alice.navigate(base + "notifications");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(alice)).isEmpty();
            alice.click("#notifications .unread button:has-text('" + run + " telemetry')");
            assertThat(alice.locator("#offered")).containsText("Why you");
            assertThat(alice.locator("#offered")).containsText(skill);
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(alice)).isEmpty();
            alice.fill("#answer-body", "Ninety days of raw events, then hourly aggregates for two years.");
            alice.click("#post-answer");
            assertThat(alice.locator("main")).containsText("Your answer is posted");
            assertThat(alice.locator(".answer")).containsText("Ninety days");
        }

        try (var browser = new Browser()) {
            var sam = signIn(browser, "sam", "questions?state=unsolved");
            sam.click("a:has-text('How much " + run + " telemetry should we keep?')");
            assertThat(sam).hasURL(questionUrl);
            assertThat(sam.locator("#routes .route").first()).containsText("Alice");
            sam.click(".answer button:has-text('Accept this answer')");
            assertThat(sam.locator("main")).containsText("the question is solved");
            assertThat(sam.locator("#solved")).isVisible();
            assertThat(sam.locator(".answer .accepted")).isVisible();
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(sam)).isEmpty();
            sam.navigate(base + "questions?state=solved");
            assertThat(sam.locator(".question-card").first()).containsText("Solved");
        }
    }
}
