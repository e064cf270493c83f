package org.guildhall.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Writing in a members-only network's blog, in three browsers: author, member, outsider. */
class BlogJourneyIT extends InTheBrowser {

    @Test
    void draft_preview_publish_comment_thank_and_outsiders_see_nothing() {
        var slug = given().auth().oauth2(Tokens.of("priya")).contentType(ContentType.JSON)
                .body(Map.of("name", "Journal Club " + UUID.randomUUID().toString().substring(0, 6), "description", "Papers",
                        "purpose", "Read papers together", "visibility", "listed", "contentAccess", "members-only",
                        "joinPolicy", "open"))
                .post(deployment + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        given().auth().oauth2(Tokens.of("olivia")).post(deployment + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        given().auth().oauth2(Tokens.of("omar")).post(deployment + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        var title = "Attention is all you need, revisited " + UUID.randomUUID().toString().substring(0, 4);

        try (var browser = new Browser()) {
            var priya = signIn(browser, "priya", "blog/networks/" + slug + "/new");
            priya.fill("#title", title);
            priya.fill("#body", "## Why it matters\n\nTransformers changed *everything*, says @omar.\n\n| a | b |\n|---|---|\n| 1 | 2 |");
            priya.fill("#tags", "Papers, NLP");
            priya.click("button:has-text('Preview')");
            assertThat(priya.locator("#preview h2")).hasText("Why it matters");
            assertThat(priya.locator("#preview table")).isVisible();
            priya.click("button:has-text('Save')");
            assertThat(priya.locator(".alert-secondary")).containsText("draft");

            priya.click("a:has-text('Edit')");
            priya.check("#publishing-now");
            priya.click("button:has-text('Save')");
            assertThat(priya.locator("#post-title")).hasText(title);
            assertThat(priya.locator("#post-body a[href='/people/omar']")).hasText("@omar");
            var postUrl = priya.url();

            priya.navigate(base + "blog/new");
            priya.fill("#tags", "nlp, Pap");
            assertThat(priya.locator("#tag-options option[value='nlp, papers']")).hasCount(1);

            var omar = signIn(browser, "omar", postUrl.substring(base.length()));
            omar.fill("#new-comment", "Great summary — **thanks**!");
            omar.click("button:has-text('Comment')");
            assertThat(omar.locator("#comments .comment-body strong")).hasText("thanks");
            omar.click("button:has-text('Say thanks')");
            assertThat(omar.locator("#thanks-count")).hasText("1 thanks");
            priya.navigate(postUrl);
            priya.click("#comments button:has-text('Say thanks')");
            assertThat(priya.locator("#comments")).containsText("You thanked this");
            assertThat(priya.locator("#comments .comment-thankers")).containsText("Priya Raman");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(omar)).isEmpty();

            var sam = signIn(browser, "sam", postUrl.substring(base.length()));
            assertThat(sam.locator("h1")).hasText("Page not found");
            sam.navigate(base + "blog");
            assertThat(sam.locator("main")).not().containsText(title);
            var feed = sam.navigate(base + "feeds/networks/" + slug + ".atom");
            org.assertj.core.api.Assertions.assertThat(feed.status()).isEqualTo(403);
            org.assertj.core.api.Assertions.assertThat(feed.text()).doesNotContain(title);
        }
    }
}
