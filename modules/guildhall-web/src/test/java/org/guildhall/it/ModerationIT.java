package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Moderation through the API with real people: reports and their outcomes, the queue and its
 * decisions, pre-moderation, bans (and their end, on a moved clock), pins and locks, the audit
 * log, write limits, and network health on a dataset this test makes.
 * carmen owns each network, leo moderates it, sam and priya are members, omar is outside.
 */
class ModerationIT extends AgainstTheServer {

    private static String word() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A network carmen owns with leo as moderator and sam and priya as members; content for members only. */
    private String network() {
        for (var u : List.of("carmen", "leo", "sam", "priya", "omar", "olivia")) {
            as(u).get(base + "api/v1/me").then().statusCode(200);
        }
        var slug = as("carmen").body(Map.of("name", "Moderated " + word(), "description", "d", "purpose", "p",
                        "visibility", "listed", "contentAccess", "members-only", "joinPolicy", "open"))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        for (var u : List.of("leo", "sam", "priya")) {
            as(u).post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        }
        as("carmen").body(Map.of("role", "moderator")).put(base + "api/v1/networks/" + slug + "/members/leo/role").then().statusCode(200);
        return slug;
    }

    private long post(String author, String slug, String title) {
        var input = new HashMap<String, Object>(Map.of("title", title, "body", "Body of " + title, "tags", List.of("ops"),
                "publishing", "now", "network", slug));
        return as(author).body(input).post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long comment(String author, long post, String body) {
        return as(author).body(Map.of("body", body)).post(base + "api/v1/posts/" + post + "/comments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private long report(String reporter, String kind, long id, String reason) {
        var r = as(reporter).body(Map.of("kind", kind, "id", id, "reason", reason, "details", "Please look"))
                .post(base + "api/v1/reports").then().statusCode(201).extract().jsonPath();
        return r.getLong("outcome.caseId");
    }

    /** Whether the one search finds a word for this person, once search holds every change. */
    private void inSearch(String who, String word, boolean found) {
        Stack.awaitOutboxEmpty("search to hold the latest changes", java.time.Duration.ofSeconds(30));
        given().post(Stack.ELASTICSEARCH + "/guildhall-everything/_refresh").then().statusCode(200);
        as(who).get(base + "api/v1/search?q=" + word).then().statusCode(200)
                .body("total", found ? greaterThanOrEqualTo(1) : equalTo(0));
    }

    @Test
    void a_reported_comment_is_hidden_with_a_reason_its_author_and_its_reporter_see_and_the_audit_log_keeps() {
        var slug = network();
        long p = post("sam", slug, "Quarterly plan " + word());
        var marker = word();
        long insult = comment("priya", p, "You are an idiot, " + marker);
        inSearch("sam", marker, true);
        long caseId = report("sam", "comment", insult, "insulting");

        // One report per person and item; nobody reports their own words; outsiders cannot see (so cannot report) it.
        as("sam").body(Map.of("kind", "comment", "id", insult, "reason", "spam")).post(base + "api/v1/reports").then().statusCode(409);
        as("priya").body(Map.of("kind", "comment", "id", insult, "reason", "spam")).post(base + "api/v1/reports").then().statusCode(409);
        as("omar").body(Map.of("kind", "comment", "id", insult, "reason", "spam")).post(base + "api/v1/reports").then().statusCode(404);
        as("sam").body(Map.of("kind", "comment", "id", insult, "reason", "nonsense")).post(base + "api/v1/reports").then()
                .statusCode(400).body("errors.field", hasItem("reason"));

        // The queue is the moderators' only.
        as("leo").get(base + "api/v1/networks/" + slug + "/moderation/cases").then().statusCode(200)
                .body("items.id", hasItem((int) caseId)).body("items.find { it.id == " + caseId + " }.reports", equalTo(1));
        as("sam").get(base + "api/v1/networks/" + slug + "/moderation/cases").then().statusCode(403);
        as("omar").get(base + "api/v1/moderation/cases/" + caseId).then().statusCode(404);
        as("leo").get(base + "api/v1/moderation/cases/" + caseId).then().statusCode(200)
                .body("item.text", containsString("idiot")).body("reports[0].reporter.username", equalTo("sam"));

        as("leo").body(Map.of("decision", "hide")).post(base + "api/v1/moderation/cases/" + caseId + "/decision").then()
                .statusCode(400).body("errors.field", hasItem("reason"));
        as("leo").body(Map.of("decision", "hide", "reason", "Insults break our charter")).post(base + "api/v1/moderation/cases/" + caseId + "/decision")
                .then().statusCode(200).body("state", equalTo("decided")).body("decision", equalTo("hide"));
        as("carmen").body(Map.of("decision", "keep")).post(base + "api/v1/moderation/cases/" + caseId + "/decision").then().statusCode(409);

        // Search forgets it; readers see a placeholder; the author sees the comment and why; the reporter sees the outcome.
        inSearch("sam", marker, false);
        as("sam").get(base + "api/v1/posts/" + p).then().statusCode(200)
                .body("comments.find { it.id == " + insult + " }.hidden", equalTo(true))
                .body("comments.find { it.id == " + insult + " }.body", equalTo(null));
        as("priya").get(base + "api/v1/posts/" + p).then().statusCode(200)
                .body("comments.find { it.id == " + insult + " }.body", containsString("idiot"))
                .body("comments.find { it.id == " + insult + " }.moderatorNote", equalTo("Insults break our charter"));
        as("priya").get(base + "api/v1/me/moderation").then().statusCode(200)
                .body("decisions.action", hasItem("hide")).body("decisions.reason", hasItem("Insults break our charter"));
        as("sam").get(base + "api/v1/me/moderation").then().statusCode(200)
                .body("reports.find { it.targetId == " + insult + " }.outcome.decision", equalTo("hide"));

        // The audit log keeps who, what and the text before; owners and moderators read and export it, members do not.
        as("carmen").get(base + "api/v1/networks/" + slug + "/moderation/audit?action=hide").then().statusCode(200)
                .body("items[0].actor.username", equalTo("leo")).body("items[0].before", containsString("idiot"))
                .body("items[0].reason", equalTo("Insults break our charter"));
        var csv = as("leo").accept("text/csv").get(base + "api/v1/networks/" + slug + "/moderation/audit.csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv).startsWith("at,network,actor,action").contains("leo,hide,comment");
        as("sam").get(base + "api/v1/networks/" + slug + "/moderation/audit").then().statusCode(403);

        // Hidden content stays recoverable.
        as("leo").body(Map.of("reason", "On appeal")).post(base + "api/v1/moderation/cases/" + caseId + "/restore").then().statusCode(200);
        as("sam").get(base + "api/v1/posts/" + p).then().body("comments.find { it.id == " + insult + " }.hidden", equalTo(false));
    }

    @Test
    void pre_moderation_holds_new_members_items_until_a_moderator_approves_them_and_applies_at_once() {
        var slug = network();
        long p = post("sam", slug, "Held or not " + word());
        as("leo").body(Map.of("mode", "everything")).put(base + "api/v1/networks/" + slug + "/moderation/pre-moderation/comment")
                .then().statusCode(403); // owners set pre-moderation
        as("carmen").body(Map.of("mode", "new-members")).put(base + "api/v1/networks/" + slug + "/moderation/pre-moderation/comment")
                .then().statusCode(400).body("errors.field", hasItem("firstItems"));
        as("carmen").body(Map.of("mode", "new-members", "firstItems", 1))
                .put(base + "api/v1/networks/" + slug + "/moderation/pre-moderation/comment").then().statusCode(200)
                .body("mode", equalTo("new-members"));

        long held = comment("priya", p, "My first words " + word());
        as("sam").get(base + "api/v1/posts/" + p).then().body("comments.id", not(hasItem((int) held)));
        as("priya").get(base + "api/v1/posts/" + p).then().body("comments.find { it.id == " + held + " }.waiting", equalTo(true));
        long mine = comment("leo", p, "Moderators never wait " + word());
        as("sam").get(base + "api/v1/posts/" + p).then().body("comments.id", hasItem((int) mine));

        long caseId = as("leo").get(base + "api/v1/networks/" + slug + "/moderation/cases?origin=held").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.targetId == " + held + " }.id");
        as("leo").body(Map.of("decision", "keep")).post(base + "api/v1/moderation/cases/" + caseId + "/decision").then().statusCode(200);
        as("sam").get(base + "api/v1/posts/" + p).then().body("comments.id", hasItem((int) held));
        // Her first item is approved: the next one is not held.
        long second = comment("priya", p, "Second " + word());
        as("sam").get(base + "api/v1/posts/" + p).then().body("comments.id", hasItem((int) second));
    }

    @Test
    void a_ban_stops_writing_until_its_end_with_a_clear_reason_and_bad_bans_change_nothing() {
        var slug = network();
        long p = post("sam", slug, "Before the ban " + word());
        var tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        as("leo").body(Map.of("username", "carmen", "until", tomorrow, "reason", "x")).post(base + "api/v1/networks/" + slug + "/moderation/bans")
                .then().statusCode(400).body("errors.field", hasItem("username"));
        as("leo").body(Map.of("username", "leo", "until", tomorrow, "reason", "x")).post(base + "api/v1/networks/" + slug + "/moderation/bans")
                .then().statusCode(400).body("errors.field", hasItem("username"));
        as("leo").body(Map.of("username", "sam", "until", "2020-01-01", "reason", "x")).post(base + "api/v1/networks/" + slug + "/moderation/bans")
                .then().statusCode(400).body("errors.field", hasItem("until"));
        as("sam").body(Map.of("username", "priya", "until", tomorrow, "reason", "x")).post(base + "api/v1/networks/" + slug + "/moderation/bans")
                .then().statusCode(403);
        as("leo").get(base + "api/v1/networks/" + slug + "/moderation/bans").then().statusCode(200).body("size()", equalTo(0));

        as("leo").body(Map.of("username", "sam", "kind", "ban", "until", tomorrow, "reason", "Repeated insults"))
                .post(base + "api/v1/networks/" + slug + "/moderation/bans").then().statusCode(201).body("inForce", equalTo(true));
        as("sam").body(Map.of("body", "Let me speak")).post(base + "api/v1/posts/" + p + "/comments").then().statusCode(403)
                .body("detail", containsString("banned")).body("detail", containsString("Repeated insults"));
        as("sam").body(Map.of("title", "t", "body", "b", "publishing", "now", "network", slug)).post(base + "api/v1/posts").then().statusCode(403);
        as("sam").body(Map.of("title", "Banned page", "body", "b")).post(base + "api/v1/networks/" + slug + "/wiki/pages").then()
                .statusCode(403).body("detail", containsString("banned"));
        as("sam").get(base + "api/v1/me/moderation").then().body("restrictions[0].reason", equalTo("Repeated insults"));
        // A ban also keeps someone from joining.
        as("leo").body(Map.of("username", "omar", "kind", "ban", "days", 2, "reason", "Spam elsewhere"))
                .post(base + "api/v1/networks/" + slug + "/moderation/bans").then().statusCode(201);
        as("omar").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(403).body("detail", containsString("Spam elsewhere"));
        as("priya").body(Map.of("body", "Others still talk")).post(base + "api/v1/posts/" + p + "/comments").then().statusCode(201);

        // Three days later the ban has ended.
        try {
            as("olivia").body(Map.of("offsetSeconds", 3 * 86_400)).put(base + "api/v1/admin/clock").then().statusCode(200);
            as("sam").body(Map.of("body", "Back again")).post(base + "api/v1/posts/" + p + "/comments").then().statusCode(201);
            // What was written "three days on" reaches search before the clock goes back, or it would wait three days.
            Stack.awaitOutboxEmpty("the comment written three days on to reach search", java.time.Duration.ofSeconds(30));
        } finally {
            as("olivia").body(Map.of("offsetSeconds", 0)).put(base + "api/v1/admin/clock").then().statusCode(200);
        }
    }

    @Test
    void moderators_pin_feature_and_lock_and_the_log_says_so() {
        var slug = network();
        long older = post("sam", slug, "Older " + word());
        post("priya", slug, "Newer " + word());
        as("sam").put(base + "api/v1/posts/" + older + "/pinned").then().statusCode(403);
        as("leo").put(base + "api/v1/posts/" + older + "/pinned").then().statusCode(200).body("pinned", equalTo(true));
        as("leo").put(base + "api/v1/posts/" + older + "/featured").then().statusCode(200).body("featured", equalTo(true));
        as("priya").get(base + "api/v1/posts?network=" + slug).then().statusCode(200).body("items[0].id", equalTo((int) older));
        as("leo").put(base + "api/v1/posts/" + older + "/comments-locked").then().statusCode(200);
        as("priya").body(Map.of("body", "Too late")).post(base + "api/v1/posts/" + older + "/comments").then().statusCode(409);
        as("carmen").get(base + "api/v1/networks/" + slug + "/moderation/audit").then()
                .body("items.action", hasItem("pin")).body("items.action", hasItem("feature")).body("items.action", hasItem("lock"));
    }

    @Test
    void writing_faster_than_the_limits_answers_429_with_when_to_retry() {
        var slug = network();
        long p = post("sam", slug, "Limits " + word());
        as("sam").get(base + "api/v1/admin/moderation/limits").then().statusCode(403);
        try {
            as("olivia").body(Map.of("perMinute", 0, "perHour", 5)).put(base + "api/v1/admin/moderation/limits").then().statusCode(400);
            as("olivia").body(Map.of("perMinute", 2, "perHour", 100)).put(base + "api/v1/admin/moderation/limits").then().statusCode(200);
            // Other nodes (and this one) read the limits afresh within seconds.
            long deadline = System.currentTimeMillis() + 15_000;
            int status;
            do {
                status = as("priya").body(Map.of("body", "Flood " + word())).post(base + "api/v1/posts/" + p + "/comments").then()
                        .extract().statusCode();
            } while (status == 201 && System.currentTimeMillis() < deadline);
            assertThat(status).isEqualTo(429);
            as("priya").body(Map.of("body", "Again")).post(base + "api/v1/posts/" + p + "/comments").then().statusCode(429)
                    .header("Retry-After", notNullValue()).body("detail", containsString("minute"));
            as("carmen").body(Map.of("body", "Someone else may")).post(base + "api/v1/posts/" + p + "/comments").then().statusCode(201);
        } finally {
            as("olivia").delete(base + "api/v1/admin/moderation/limits").then().statusCode(200);
        }
    }

    @Test
    void health_counts_a_known_dataset_for_moderators_and_the_company_view_for_admins_only() {
        var slug = network();
        long p1 = post("sam", slug, "Health one " + word());
        post("sam", slug, "Health two " + word());
        comment("priya", p1, "A comment " + word());
        // Contributions are read from the hourly aggregates; an admin has them recomputed now.
        as("olivia").post(base + "api/v1/admin/health/recompute").then().statusCode(200);
        as("leo").get(base + "api/v1/networks/" + slug + "/health?days=30").then().statusCode(200).body("figuresAt", notNullValue())
                .body("totals.members", equalTo(4)).body("totals.posts", equalTo(2)).body("totals.comments", equalTo(1))
                .body("totals.contributors", equalTo(2)).body("totals.quietMembers", equalTo(2)).body("totals.joins", equalTo(3))
                .body("top[0].username", equalTo("sam")).body("top[0].contributions", equalTo(2))
                .body("tags[0].tag", equalTo("ops")).body("tags[0].now", equalTo(2));
        as("leo").get(base + "api/v1/networks/" + slug + "/health?days=7").then().statusCode(400);
        as("sam").get(base + "api/v1/networks/" + slug + "/health").then().statusCode(403);
        var csv = as("carmen").accept("text/csv").get(base + "api/v1/networks/" + slug + "/health/export.csv?days=30").then()
                .statusCode(200).extract().asString();
        assertThat(csv).startsWith("from,joins,leaves,requests,posts,comments,wiki_edits");

        as("sam").get(base + "api/v1/admin/health").then().statusCode(403);
        as("sam").post(base + "api/v1/admin/health/recompute").then().statusCode(403);
        as("olivia").get(base + "api/v1/admin/health?size=100").then().statusCode(200).body("computedAt", notNullValue());
        var row = as("olivia").accept("text/csv").get(base + "api/v1/admin/health/export.csv").then().statusCode(200).extract().asString()
                .lines().filter(l -> l.startsWith(slug + ",")).findFirst().orElseThrow();
        assertThat(row).contains(",4,3,0,2,3,0,");
    }
}
