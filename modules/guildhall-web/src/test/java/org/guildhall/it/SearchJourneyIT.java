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
 * Someone searches from the header, narrows with two facets, opens a wiki page found through a
 * typo, and then finds a page with the typeahead using only the keyboard.
 */
class SearchJourneyIT extends InTheBrowser {

    @Test
    void search_from_the_header_narrow_with_facets_forgive_a_typo_and_use_the_typeahead_by_keyboard() {
        Stack.await("the one search to answer", Duration.ofSeconds(120),
                () -> as("bob").get(deployment + "api/v1/search?q=ready").statusCode() == 200);
        var w = "j" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var slug = as("alice").body(Map.of("name", "Platform Guild " + w, "description", "Ops", "purpose", "Run the platform",
                        "visibility", "listed", "contentAccess", "public", "joinPolicy", "open"))
                .post(deployment + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        given().auth().oauth2(Tokens.of("olivia")).post(deployment + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        for (var title : List.of("Observability basics", "Observability dashboards")) {
            as("alice").body(Map.of("title", title + " " + w, "body", "Metrics and traces for " + w, "tags", List.of("observe" + w),
                    "network", slug, "publishing", "now")).post(deployment + "api/v1/posts").then().statusCode(201);
        }
        as("alice").body(Map.of("title", "Elasticsearch upgrade " + w, "body", "Rolling restart, one node at a time. " + w,
                "tags", List.of("upgrade" + w))).post(deployment + "api/v1/networks/" + slug + "/wiki/pages").then().statusCode(201);
        Stack.awaitOutboxEmpty("the journey's content to be indexed", Duration.ofSeconds(60));
        given().post(Stack.ELASTICSEARCH + "/guildhall-everything/_refresh").then().statusCode(200);

        try (var browser = new Browser()) {
            var page = signIn(browser, "bob", "");
            page.fill("#site-search", w);
            page.press("#site-search", "Enter");
            assertThat(page.locator("#result-count")).containsText("results");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(page)).isEmpty();

            page.click("#type-switch a:has-text('Posts')");
            page.click("#facet-tag-values a:has-text('#observe" + w + "')");
            assertThat(page.locator("#result-count")).hasText("2 results");
            page.click("#facet-network-values a:has-text('Platform Guild " + w + "')");
            assertThat(page.locator("#result-count")).hasText("2 results");
            assertThat(page.locator("#facet-tag-values a[aria-current=true]")).hasCount(1);
            assertThat(page.locator("#results article[data-type=wiki]")).hasCount(0);

            page.click("#clear-picks");
            page.fill("#search-q", "elastcsearch " + w);
            page.press("#search-q", "Enter");
            assertThat(page.locator("#corrected")).containsText("elasticsearch " + w);
            page.click("#results article[data-type=wiki] h2 a");
            assertThat(page.locator("#page-title")).hasText("Elasticsearch upgrade " + w);

            page.focus("#site-search");
            page.keyboard().type("Observability dash");
            assertThat(page.locator("#site-search")).hasAttribute("aria-expanded", "true");
            page.keyboard().press("ArrowDown");
            var marked = page.locator("[role=option][aria-selected=true]");
            assertThat(marked).hasCount(1);
            for (int presses = 0; presses < 12 && !marked.textContent().contains("Observability dashboards " + w); presses++) {
                page.keyboard().press("ArrowDown");
            }
            assertThat(marked).containsText("Observability dashboards " + w);
            assertThat(page.locator("#site-search")).hasAttribute("aria-activedescendant", marked.getAttribute("id"));
            page.keyboard().press("Enter");
            assertThat(page.locator("h1")).containsText("Observability dashboards " + w);
        }
    }

    private io.restassured.specification.RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
