package org.guildhall.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * The everyday moments people notice first, in the browser at desktop and phone widths: every
 * page fits a 375 px screen and passes axe, actions answer with a message, destructive ones ask
 * first, refusals come back in place with what was typed, pagers never point outside the list,
 * the people picker works from the keyboard and schedules are read in the writer's time zone.
 */
class EverydayPolishIT extends InTheBrowser {

    private static final int PHONE = 375;
    private static final int DESKTOP = 1280;

    private RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    /** A live network owned by alice, joined as {@code join} says (open, request, invitation). */
    private String network(String name, String join) {
        as("alice").get(deployment + "api/v1/me").then().statusCode(200);
        var slug = as("alice").queryParam("confirmSimilar", "true")
                .body(Map.of("name", name, "description", "Making the product feel finished", "purpose", "Polish",
                        "topics", List.of("polish"), "departments", List.of("Engineering"), "visibility", "listed",
                        "contentAccess", "public", "joinPolicy", join))
                .post(deployment + "api/v1/networks").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(deployment + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        return slug;
    }

    private long post(String author, String slug, String title) {
        return as(author).body(Map.of("title", title, "body", "## A heading\n\nSome *words* about " + title
                        + ".\n\n| Metric | Before | After |\n|---|---|---|\n| p95 | 900 ms | 120 ms |",
                        "network", slug, "tags", List.of("polish"), "publishing", "now"))
                .post(deployment + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Page signIn(Browser browser, String username, String path, int width) {
        var context = browser.newContext(new NewContextOptions().setViewportSize(width, 900));
        return browser.signIn(context, base, username, path);
    }

    @Test
    void every_page_fits_a_phone_and_passes_axe_at_both_widths() {
        var slug = network("Polish sweep " + UUID.randomUUID().toString().substring(0, 6), "request");
        var postId = post("alice", slug, "A post with a table that must not overflow a phone");
        as("bob").body(Map.of("message", "I would like to help")).post(deployment + "api/v1/networks/" + slug + "/requests")
                .then().statusCode(200);
        var pages = List.of("", "networks", "networks/new", "networks/" + slug, "networks/" + slug + "/members",
                "networks/" + slug + "/requests", "networks/" + slug + "/log", "networks/" + slug + "/edit",
                "blog", "blog/networks/" + slug, "blog/networks/" + slug + "/new", "blog/posts/" + postId,
                "blog/search?q=table", "blog/tags/polish", "people", "people?q=alice", "people/alice", "me", "me/edit", "search?q=table",
                "networks/" + slug + "/moderation", "networks/" + slug + "/moderation/settings", "networks/" + slug + "/moderation/audit",
                "networks/" + slug + "/health", "me/moderation", "reports/new?kind=post&id=" + postId);
        var problems = new ArrayList<String>();
        try (var browser = new Browser()) {
            for (int width : List.of(DESKTOP, PHONE)) {
                var alice = signIn(browser, "alice", "", width);
                for (var path : pages) {
                    check(alice, path, width, problems);
                }
                var olivia = signIn(browser, "olivia", "admin", width);
                check(olivia, "admin", width, problems);
                check(olivia, "admin/search", width, problems);
                check(olivia, "admin/moderation", width, problems);
                check(olivia, "admin/moderation/settings", width, problems);
                check(olivia, "admin/moderation/audit", width, problems);
                check(olivia, "admin/health", width, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    private void check(Page page, String path, int width, List<String> problems) {
        var response = page.navigate(base + path);
        if (response.status() != 200) {
            problems.add(width + " px " + path + ": HTTP " + response.status());
            return;
        }
        var overflow = (Integer) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 0) {
            problems.add(width + " px " + path + ": scrolls sideways by " + overflow + " px");
        }
        Browser.accessibilityViolations(page).forEach(v -> problems.add(width + " px " + path + ": " + v));
    }

    @Test
    void actions_answer_with_a_message_and_deleting_asks_first() {
        var slug = network("Polish flash " + UUID.randomUUID().toString().substring(0, 6), "request");
        try (var browser = new Browser()) {
            var bob = signIn(browser, "bob", "networks/" + slug, PHONE);
            bob.fill("#request-message", "Count me in");
            bob.click("button:has-text('Request to join')");
            assertThat(bob.locator("#flash")).containsText("Your request to join");

            var alice = signIn(browser, "alice", "", DESKTOP);
            assertThat(alice.locator("#waiting-badge")).isVisible();
            alice.navigate(base + "networks/" + slug);
            assertThat(alice.locator("a[href$='/requests'] .badge")).containsText("1");
            alice.navigate(base + "networks/" + slug + "/requests");
            alice.click("#requests button:has-text('Approve')");
            assertThat(alice.locator("#flash")).containsText("Bob Okafor is now a member.");

            alice.navigate(base + "networks/" + slug + "/members");
            alice.selectOption("#role-bob", "moderator");
            alice.click("tr[data-username='bob'] button:has-text('Save')");
            assertThat(alice.locator("#flash")).containsText("Bob Okafor is now a moderator.");

            alice.navigate(base + "blog/networks/" + slug + "/new");
            alice.fill("#title", "Short-lived");
            alice.fill("#body", "Soon gone.");
            alice.check("#publishing-now");
            alice.click("button:has-text('Save')");
            assertThat(alice.locator("#flash")).containsText("Your post is published.");
            var postUrl = alice.url();

            var asked = new AtomicReference<String>();
            alice.onceDialog(dialog -> {
                asked.set(dialog.message());
                dialog.dismiss();
            });
            alice.click("button:has-text('Delete')");
            assertThat(alice.locator("#post-title")).hasText("Short-lived");
            assertThat(asked.get()).startsWith("Delete this post?");
            as("sam").get(deployment + "api/v1/posts/" + postUrl.substring(postUrl.lastIndexOf('/') + 1)).then().statusCode(200);

            alice.onceDialog(dialog -> dialog.accept());
            alice.click("button:has-text('Delete')");
            assertThat(alice.locator("#flash")).containsText("The post was deleted.");
            as("sam").get(deployment + "api/v1/posts/" + postUrl.substring(postUrl.lastIndexOf('/') + 1)).then().statusCode(404);
        }
    }

    @Test
    void a_refusal_comes_back_in_place_with_the_input_kept() {
        var slug = network("Polish refusal " + UUID.randomUUID().toString().substring(0, 6), "open");
        as("carmen").post(deployment + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        try (var browser = new Browser()) {
            var alice = signIn(browser, "alice", "networks/" + slug + "/members", PHONE);
            alice.selectOption("#role-alice", "member");
            alice.click("tr[data-username='alice'] button:has-text('Save')");
            assertThat(alice).hasURL(Pattern.compile(".*/networks/" + slug + "/members$"));
            assertThat(alice.locator("#flash .alert-danger")).containsText("owner");
            assertThat(alice.locator("#flash")).hasAttribute("aria-live", "assertive");
            assertThat(alice.locator("#role-alice")).hasValue("member");
            assertThat(alice.locator("tr[data-username='alice'] .member-role")).hasText("Owner");

            // The way back is a path on this site only: a Referer of "//elsewhere" gets the error page instead.
            var forged = alice.context().request().post(base + "networks/" + slug + "/members/alice/role",
                    RequestOptions.create().setMaxRedirects(0).setHeader("Referer", base + "/evil.example/members")
                            .setForm(FormData.create().set("_csrf", alice.locator("input[name=_csrf]").first().inputValue())
                                    .set("role", "member")));
            assertThat(forged.status()).isEqualTo(409);
            assertThat(forged.headers()).doesNotContainKey("location");

            alice.navigate(base + "networks/" + slug + "/requests");
            alice.fill("#invite-username", "carmen");
            alice.fill("#invite-message", "Welcome aboard, again");
            alice.click("button:has-text('Send invitation')");
            assertThat(alice.locator("#flash .alert-danger")).isVisible();
            assertThat(alice.locator("#invite-username")).hasValue("carmen");
            assertThat(alice.locator("#invite-message")).hasValue("Welcome aboard, again");
        }
    }

    @Test
    void pagers_never_point_outside_the_list() {
        var slug = network("Polish pages " + UUID.randomUUID().toString().substring(0, 6), "open");
        for (int i = 1; i <= 23; i++) {
            post("alice", slug, "Paged post " + i);
        }
        try (var browser = new Browser()) {
            var sam = signIn(browser, "sam", "blog/networks/" + slug, DESKTOP);
            assertThat(sam.locator(".pager [aria-current=page]")).hasText("1");
            assertThat(sam.locator(".pager a[rel=prev]")).hasCount(0);
            assertThat(sam.locator(".pager a.page-link")).hasCount(3);

            sam.navigate(base + "blog/networks/" + slug + "?page=50");
            assertThat(sam).hasURL(Pattern.compile(".*[?&]page=3$"));
            assertThat(sam.locator(".pager [aria-current=page]")).hasText("3");
            assertThat(sam.locator(".pager a[rel=next]")).hasCount(0);
            assertThat(sam.locator("main article, main .post-card, main li.post")).not().hasCount(0);
            for (var href : sam.locator(".pager a.page-link").all()) {
                var target = href.getAttribute("href");
                var number = target.contains("page=") ? Integer.parseInt(target.replaceAll(".*page=(\\d+).*", "$1")) : 1;
                assertThat(number).as(target).isBetween(1, 3);
            }
            sam.click(".pager a[rel=prev]");
            assertThat(sam.locator(".pager [aria-current=page]")).hasText("2");
        }
    }

    @Test
    void the_people_picker_works_from_the_keyboard() {
        var slug = network("Polish picker " + UUID.randomUUID().toString().substring(0, 6), "invitation");
        as("leo").get(deployment + "api/v1/me").then().statusCode(200);
        Stack.await("leo to be searchable", Duration.ofSeconds(15), () -> {
            var found = as("alice").queryParam("q", "Legal").get(deployment + "api/v1/people");
            return found.statusCode() == 200 && found.jsonPath().getList("items.username").contains("leo");
        });
        try (var browser = new Browser()) {
            var alice = signIn(browser, "alice", "networks/" + slug + "/requests", DESKTOP);
            alice.locator("#invite-username").focus();
            alice.keyboard().type("Counsel");
            // The picker's own listbox (the header's search box has another).
            var listbox = alice.locator("#" + alice.locator("#invite-username").getAttribute("aria-controls"));
            assertThat(listbox.locator("[role=option][data-username='leo']")).isVisible();
            alice.keyboard().press("ArrowDown");
            assertThat(alice.locator("#invite-username")).hasAttribute("aria-activedescendant", Pattern.compile(".+"));
            alice.keyboard().press("Enter");
            assertThat(alice.locator("#invite-username")).hasValue("leo");
            assertThat(listbox).isHidden();
            alice.keyboard().press("Tab");
            alice.keyboard().type("Your contracts know-how would help us");
            alice.keyboard().press("Tab");
            alice.keyboard().press("Enter");
            assertThat(alice.locator("#flash")).containsText("Leo Schmidt was invited.");
        }
        as("alice").get(deployment + "api/v1/networks/" + slug + "/invitations").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.hasItem("leo"));
    }

    @Test
    void proposing_catches_a_department_typo_and_a_similar_name_then_the_proposal_stays_findable() {
        var run = UUID.randomUUID().toString().substring(0, 6);
        network("Cloud Platform Community " + run, "open");
        try (var browser = new Browser()) {
            var bob = signIn(browser, "bob", "networks/new", PHONE);
            bob.fill("#name", "Cloud Platform Friends " + run);
            bob.fill("#description", "Costs of the cloud");
            bob.fill("#purpose", "FinOps for everyone");
            bob.fill("#topics", "cloud, finops");
            bob.fill("#departments", "Finanse");
            bob.click("main button[type=submit]");
            assertThat(bob.locator("#departments-error")).containsText("Did you mean “Finance”");
            assertThat(bob.locator("#purpose")).hasValue("FinOps for everyone");

            bob.fill("#departments", "finance");
            bob.click("main button[type=submit]");
            assertThat(bob.locator("#similar-networks")).containsText("Cloud Platform Community " + run);
            assertThat(bob.locator("#name")).hasValue("Cloud Platform Friends " + run);
            bob.check("#confirmSimilar");
            bob.click("main button[type=submit]");
            assertThat(bob.locator("#network-name")).hasText("Cloud Platform Friends " + run);
            assertThat(bob.locator("#flash")).containsText("was sent to the administrators");

            bob.navigate(base + "");
            assertThat(bob.locator("main")).containsText("Cloud Platform Friends " + run);
            bob.navigate(base + "people/bob");
            assertThat(bob.locator("main")).containsText("Cloud Platform Friends " + run);
            as("bob").get(deployment + "api/v1/me/proposals").then().statusCode(200)
                    .body("name", org.hamcrest.Matchers.hasItem("Cloud Platform Friends " + run));
        }
    }

    @Test
    void a_schedule_is_read_in_the_writers_time_zone() {
        var slug = network("Polish zone " + UUID.randomUUID().toString().substring(0, 6), "open");
        try (var browser = new Browser()) {
            var context = browser.newContext(new NewContextOptions().setViewportSize(DESKTOP, 900).setTimezoneId("Asia/Tokyo"));
            var alice = browser.signIn(context, base, "alice", "blog/networks/" + slug + "/new");
            assertThat(alice.locator("#publishAt-zone")).containsText("Asia/Tokyo");
            alice.fill("#title", "Written in Tokyo");
            alice.fill("#body", "Published at nine in the morning, Tokyo time.");
            alice.check("#publishing-schedule");
            alice.fill("#publishAt", "2031-03-10T09:00");
            alice.click("button:has-text('Save')");
            assertThat(alice.locator("#flash")).containsText("2031");
            var id = alice.url().substring(alice.url().lastIndexOf('/') + 1);
            var publishAt = as("alice").get(deployment + "api/v1/posts/" + id).then().statusCode(200)
                    .extract().jsonPath().getString("post.publishAt");
            assertThat(Instant.parse(publishAt)).isEqualTo(Instant.parse("2031-03-10T00:00:00Z"));
        }
    }
}
