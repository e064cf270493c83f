package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The core's rules from the outside: posting rights are checked on every edit, who may invite,
 * removing members with a reason the person sees, counters that never make an edit stale, double
 * clicks that answer 409 instead of 500, and every numeric parameter bounded.
 */
class CoreRulesIT extends AgainstTheServer {

    private String network(String owner, String join) {
        var slug = as(owner).body(Map.of("name", "Rules " + UUID.randomUUID().toString().substring(0, 8), "description", "d",
                        "purpose", "p", "visibility", "listed", "contentAccess", "public", "joinPolicy", join))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        return slug;
    }

    private void join(String person, String slug) {
        as(person).post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
    }

    @Test
    void editing_a_post_needs_the_right_to_write_there_now() {
        var slug = network("alice", "open");
        join("priya", slug);
        long id = as("priya").body(Map.of("title", "Draft", "body", "b", "network", slug, "publishing", "draft"))
                .post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        as("priya").post(base + "api/v1/networks/" + slug + "/leave").then().statusCode(204);

        as("priya").body(Map.of("title", "Publish anyway", "body", "b", "network", slug, "publishing", "now"))
                .put(base + "api/v1/posts/" + id).then().statusCode(403).body("detail", containsString("Join"));
        as("priya").get(base + "api/v1/posts/" + id).then().statusCode(200).body("post.status", equalTo("draft"));

        // Restoring a deleted post is publishing it again: also only while one may write there.
        join("carmen", slug);
        long published = as("carmen").body(Map.of("title", "Restorable", "body", "b", "network", slug, "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        as("carmen").delete(base + "api/v1/posts/" + published).then().statusCode(204);
        as("carmen").post(base + "api/v1/networks/" + slug + "/leave").then().statusCode(204);
        as("carmen").post(base + "api/v1/posts/" + published + "/restore").then().statusCode(403);
        as("alice").post(base + "api/v1/posts/" + published + "/restore").then().statusCode(200);

        join("priya", slug);
        var charter = as("alice").get(base + "api/v1/networks/" + slug).then().extract().jsonPath();
        as("alice").body(Map.of("charter", Map.of("name", charter.getString("name"), "description", "d", "purpose", "p",
                        "visibility", "listed", "contentAccess", "public", "joinPolicy", "open", "posting", "moderators"),
                        "version", charter.getLong("version")))
                .put(base + "api/v1/networks/" + slug).then().statusCode(200);
        as("priya").body(Map.of("title", "Publish anyway", "body", "b", "network", slug, "publishing", "now"))
                .put(base + "api/v1/posts/" + id).then().statusCode(403).body("detail", containsString("moderators"));
    }

    @Test
    void nobody_is_invited_to_a_network_that_is_only_proposed() {
        var slug = as("priya").body(Map.of("name", "Not yet " + UUID.randomUUID().toString().substring(0, 8), "description", "d",
                        "purpose", "p", "visibility", "listed", "contentAccess", "public", "joinPolicy", "open"))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        as("priya").body(Map.of("username", "sam")).post(base + "api/v1/networks/" + slug + "/invitations")
                .then().statusCode(409).body("detail", containsString("not open for members yet"));
    }

    @Test
    void in_request_networks_only_owners_and_moderators_invite() {
        var slug = network("leo", "request");
        as("sam").body(Map.of()).post(base + "api/v1/networks/" + slug + "/requests").then().statusCode(200);
        as("leo").post(base + "api/v1/networks/" + slug + "/requests/sam/approve").then().statusCode(200);
        as("sam").body(Map.of("username", "carmen")).post(base + "api/v1/networks/" + slug + "/invitations")
                .then().statusCode(403).body("detail", containsString("decide who joins"));
        as("leo").body(Map.of("role", "moderator")).put(base + "api/v1/networks/" + slug + "/members/sam/role").then().statusCode(200);
        as("sam").body(Map.of("username", "carmen")).post(base + "api/v1/networks/" + slug + "/invitations").then().statusCode(201);

        var open = network("leo", "open");
        join("sam", open);
        as("sam").body(Map.of("username", "carmen")).post(base + "api/v1/networks/" + open + "/invitations").then().statusCode(201);
    }

    @Test
    void owners_and_moderators_remove_members_and_the_person_sees_why() {
        var slug = network("omar", "open");
        join("bob", slug);
        join("carmen", slug);
        join("hana", slug);
        as("omar").body(Map.of("role", "moderator")).put(base + "api/v1/networks/" + slug + "/members/bob/role").then().statusCode(200);

        as("carmen").body(Map.of("reason", "x")).post(base + "api/v1/networks/" + slug + "/members/hana/remove").then().statusCode(403);
        as("bob").body(Map.of("reason", " ")).post(base + "api/v1/networks/" + slug + "/members/carmen/remove")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as("bob").body(Map.of("reason", "Off-topic advertising, twice")).post(base + "api/v1/networks/" + slug + "/members/carmen/remove")
                .then().statusCode(204);
        as("bob").body(Map.of("reason", "Coup")).post(base + "api/v1/networks/" + slug + "/members/omar/remove").then().statusCode(403);
        as("bob").body(Map.of("reason", "Me")).post(base + "api/v1/networks/" + slug + "/members/bob/remove").then().statusCode(409);
        as("olivia").body(Map.of("reason", "Last")).post(base + "api/v1/networks/" + slug + "/members/omar/remove")
                .then().statusCode(409).body("detail", containsString("last owner"));

        as("carmen").get(base + "api/v1/networks/" + slug).then().statusCode(200)
                .body("mine", equalTo(null)).body("memberCount", equalTo(3))
                .body("removal.reason", equalTo("Off-topic advertising, twice")).body("removal.removedBy", equalTo("Bob Okafor"));
        as("carmen").get(base + "api/v1/networks/removals").then().statusCode(200)
                .body("network", hasItem(slug)).body("reason", hasItem("Off-topic advertising, twice"));
        given().auth().oauth2(Tokens.of("carmen")).accept(ContentType.HTML).get(base + "networks/" + slug).then().statusCode(200)
                .body(containsString("Off-topic advertising, twice"));
        as("omar").get(base + "api/v1/networks/" + slug + "/log").then().statusCode(200)
                .body("items.find { it.action == 'removed' }.subject", equalTo("carmen"))
                .body("items.find { it.action == 'removed' }.detail", equalTo("Off-topic advertising, twice"));

        join("carmen", slug);
        as("carmen").get(base + "api/v1/networks/removals").then().body("network", org.hamcrest.Matchers.not(hasItem(slug)));
    }

    @Test
    void comments_thanks_and_joins_never_make_an_edit_in_progress_stale() {
        long id = as("alice").body(Map.of("title", "Counting", "body", "b", "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        long version = as("alice").get(base + "api/v1/posts/" + id).then().extract().jsonPath().getLong("post.version");
        as("bob").body(Map.of("body", "A comment")).post(base + "api/v1/posts/" + id + "/comments").then().statusCode(201);
        as("bob").post(base + "api/v1/posts/" + id + "/thanks").then().statusCode(200).body("thanksCount", equalTo(1));
        as("alice").body(Map.of("title", "Counting, edited", "body", "b2", "publishing", "now", "version", version))
                .put(base + "api/v1/posts/" + id).then().statusCode(200).body("commentCount", equalTo(1))
                .body("thanksCount", equalTo(1));

        var slug = network("hana", "open");
        long charter = as("hana").get(base + "api/v1/networks/" + slug).then().extract().jsonPath().getLong("version");
        join("sam", slug);
        as("sam").post(base + "api/v1/networks/" + slug + "/leave").then().statusCode(204);
        join("leo", slug);
        var name = as("hana").get(base + "api/v1/networks/" + slug).then().extract().jsonPath().getString("name");
        as("hana").body(Map.of("charter", Map.of("name", name, "description", "Edited while people came and went", "purpose", "p",
                        "visibility", "listed", "contentAccess", "public", "joinPolicy", "open"), "version", charter))
                .put(base + "api/v1/networks/" + slug).then().statusCode(200).body("memberCount", equalTo(2));
    }

    @Test
    void double_clicks_answer_409_never_500() throws Exception {
        long id = as("carmen").body(Map.of("title", "Thank me once", "body", "b", "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        var thanks = concurrently(8, () -> as("sam").post(base + "api/v1/posts/" + id + "/thanks").statusCode());
        assertThat(thanks).containsOnly(200, 409).containsOnlyOnce(200);
        as("sam").get(base + "api/v1/posts/" + id).then().body("post.thanksCount", equalTo(1));

        var slug = network("bob", "open");
        var joins = concurrently(8, () -> as("priya").post(base + "api/v1/networks/" + slug + "/join").statusCode());
        assertThat(joins).containsOnly(200, 409).containsOnlyOnce(200);
        as("priya").get(base + "api/v1/networks/" + slug).then().body("memberCount", equalTo(2));

        var requestNetwork = network("bob", "request");
        var requests = concurrently(8, () -> as("leo").body(Map.of()).post(base + "api/v1/networks/" + requestNetwork + "/requests")
                .statusCode());
        assertThat(requests).containsOnly(200, 409).containsOnlyOnce(200);
    }

    @Test
    void numeric_parameters_are_bounded_and_say_their_limits() {
        as("sam").queryParam("activeWithinDays", "2000000000").get(base + "api/v1/networks")
                .then().statusCode(400).body("detail", containsString("from 1 to 3650"));
        as("sam").queryParam("minMembers", "-1").get(base + "api/v1/networks")
                .then().statusCode(400).body("detail", containsString("minMembers"));
        given().auth().oauth2(Tokens.of("sam")).accept(ContentType.HTML).queryParam("activeWithinDays", "2000000000")
                .get(base + "networks").then().statusCode(400).body(containsString("3650"));
        as("sam").queryParam("q", "cloud").queryParam("page", "200").queryParam("size", "100").get(base + "api/v1/posts")
                .then().statusCode(400).body("detail", containsString("10000 deep"));
        as("sam").queryParam("q", "cloud").queryParam("page", "101").queryParam("size", "100").get(base + "api/v1/networks")
                .then().statusCode(400).body("detail", containsString("at most 100"));
        as("sam").queryParam("q", "cloud").queryParam("page", "101").queryParam("size", "100").get(base + "api/v1/people")
                .then().statusCode(400).body("detail", containsString("10000 deep"));
        as("sam").queryParam("page", "501").get(base + "api/v1/posts").then().statusCode(400)
                .body("detail", containsString("from 1 to 500"));
        as("sam").queryParam("q", "x".repeat(501)).get(base + "api/v1/posts").then().statusCode(400)
                .body("detail", containsString("at most 500 characters"));
        // A body within its 50,000 characters whose HTML would not fit: a field message, not a 500.
        var table = "| a | b |\n|:-:|:-:|\n" + "|x|y|\n".repeat(8_000);
        as("sam").body(Map.of("title", "Huge table", "body", table, "publishing", "now")).post(base + "api/v1/posts")
                .then().statusCode(400).body("errors.field", hasItem("body"));
        as("sam").queryParam("q", "cloud").queryParam("page", "100").queryParam("size", "100").get(base + "api/v1/posts")
                .then().statusCode(200);
    }

    private List<Integer> concurrently(int times, Callable<Integer> call) throws Exception {
        // One call first: a fresh deployment loads the identity provider's keys on its first request,
        // and concurrent first requests may find them missing (elytron-oidc-client).
        as("olivia").get(base + "api/v1/me").then().statusCode(200);
        var pool = Executors.newFixedThreadPool(times);
        try {
            var futures = new ArrayList<Future<Integer>>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(call));
            }
            var results = new ArrayList<Integer>();
            for (var f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
