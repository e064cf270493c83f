package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

/**
 * Personal feed tokens (a feed reader reads members-only content as its person, until the token
 * is revoked) and webhooks (signed deliveries to a real HTTP endpoint this test runs, retried
 * after a failure, logged with the answers, replayable, and never carrying members-only content).
 */
class FeedsAndWebhooksIT extends AgainstTheServer {

    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String membersOnlyNetwork(String owner, String... members) {
        as("olivia").get(base + "api/v1/me").then().statusCode(200);
        as(owner).get(base + "api/v1/me").then().statusCode(200);
        var slug = as(owner).body(Map.of("name", "Inner circle " + word(), "description", "d", "purpose", "p",
                        "visibility", "listed", "contentAccess", "members-only", "joinPolicy", "open"))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        for (var m : members) {
            as(m).get(base + "api/v1/me").then().statusCode(200);
            as(m).post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        }
        return slug;
    }

    private long post(String author, String network, String title) {
        var body = new java.util.HashMap<String, Object>(Map.of("title", title, "body", "Text of " + title, "publishing", "now"));
        if (network != null) {
            body.put("network", network);
        }
        return as(author).body(body).post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void a_feed_token_reads_members_only_content_as_its_person_until_it_is_revoked() {
        var slug = membersOnlyNetwork("carmen", "sam");
        as("omar").get(base + "api/v1/me").then().statusCode(200);
        var title = "Inside news " + word();
        post("carmen", slug, title);

        var made = as("sam").body(Map.of("label", "My reader")).post(base + "api/v1/me/feed-tokens").then().statusCode(201)
                .extract().jsonPath();
        var token = made.getString("token");
        var feed = base + "feeds/private/" + token + "/networks/" + slug + ".atom";
        given().get(feed).then().statusCode(200).contentType(containsString("atom")).body(containsString(title));
        given().get(base + "feeds/private/" + token + "/home.atom").then().statusCode(200).body(containsString(title));
        // Without a token the feed asks for sign-in like every page; a wrong token does not exist.
        given().redirects().follow(false).get(base + "feeds/networks/" + slug + ".atom").then().statusCode(org.hamcrest.Matchers.not(equalTo(200)));
        given().get(base + "feeds/private/not-a-token/networks/" + slug + ".atom").then().statusCode(404);

        // An outsider's token reads only what the outsider may: the network is listed, its content is not theirs.
        var omars = as("omar").body(Map.of("label", "Reader")).post(base + "api/v1/me/feed-tokens").then().statusCode(201)
                .extract().jsonPath().getString("token");
        given().get(base + "feeds/private/" + omars + "/networks/" + slug + ".atom").then().statusCode(403)
                .body(org.hamcrest.Matchers.not(containsString(title)));
        given().get(base + "feeds/private/" + omars + "/home.atom").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString(title)));

        as("omar").delete(base + "api/v1/me/feed-tokens/" + made.getLong("id")).then().statusCode(404);
        html("sam").get(base + "me/feeds").then().statusCode(200).body(containsString("My reader"));
        // Made on the page, the token shows once, in its feed's address.
        html("sam").contentType(io.restassured.http.ContentType.URLENC).formParam("label", "Paper reader").post(base + "me/feeds")
                .then().statusCode(200).body(containsString("Paper reader")).body(containsString("/feeds/private/"));
        as("sam").delete(base + "api/v1/me/feed-tokens/" + made.getLong("id")).then().statusCode(204);
        given().get(feed).then().statusCode(404);
        as("sam").get(base + "api/v1/me/feed-tokens").then().statusCode(200)
                .body("find { it.id == " + made.getLong("id") + " }.revokedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void webhooks_are_signed_retried_logged_and_replayed_and_carry_only_public_content() throws Exception {
        var received = new CopyOnWriteArrayList<Map<String, String>>();
        var calls = new AtomicInteger();
        var endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/hook", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(Map.of("body", body, "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Guildhall-Signature")),
                    "event", String.valueOf(exchange.getRequestHeaders().getFirst("X-Guildhall-Event"))));
            // The first call fails: the delivery must be tried again.
            int status = calls.incrementAndGet() == 1 ? 503 : 200;
            var answer = (status == 200 ? "thanks" : "busy").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (var out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        endpoint.start();
        long hookId = 0;
        try {
            var url = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hook";
            as("sam").get(base + "api/v1/me").then().statusCode(200);
            as("sam").body(Map.of("url", url, "events", List.of("post.published"))).post(base + "api/v1/admin/webhooks").then().statusCode(403);
            as("olivia").body(Map.of("url", "ftp://example", "events", List.of("post.published"))).post(base + "api/v1/admin/webhooks")
                    .then().statusCode(400).body("errors.field", hasItem("url"));
            as("olivia").body(Map.of("url", url, "events", List.of("post.liked"))).post(base + "api/v1/admin/webhooks")
                    .then().statusCode(400).body("errors.field", hasItem("events"));
            var hook = as("olivia").body(Map.of("url", url, "events", List.of("post.published"), "description", "Test endpoint"))
                    .post(base + "api/v1/admin/webhooks").then().statusCode(201).extract().jsonPath();
            hookId = hook.getLong("id");
            long webhook = hookId;
            var secret = hook.getString("secret");

            var slug = membersOnlyNetwork("carmen");
            var secretTitle = "Members only " + word();
            post("carmen", slug, secretTitle);
            var title = "For everyone " + word();
            long p = post("alice", null, title);

            Stack.await("the webhook to be delivered after one failure", Duration.ofSeconds(30),
                    () -> received.stream().filter(r -> r.get("body").contains(title)).count() >= 2);
            var delivery = received.stream().filter(r -> r.get("body").contains(title)).reduce((a, b) -> b).orElseThrow();
            assertThat(delivery.get("event")).isEqualTo("post.published");
            assertThat(delivery.get("body")).contains("\"url\":\"").contains("/blog/posts/" + p);
            var parts = delivery.get("signature").split(",");
            var timestamp = parts[0].substring(2);
            assertThat(parts[1]).isEqualTo("v1=" + hmac(secret, timestamp + "." + delivery.get("body")));
            assertThat(received).noneMatch(r -> r.get("body").contains(secretTitle));

            var deliveries = as("olivia").get(base + "api/v1/admin/webhooks/" + hookId + "/deliveries").then().statusCode(200).extract().jsonPath();
            long deliveryId = deliveries.getLong("items.find { it.state == 'delivered' }.id");
            as("olivia").get(base + "api/v1/admin/webhooks/" + hookId + "/deliveries/" + deliveryId).then().statusCode(200)
                    .body("attempts.status", equalTo(List.of(503, 200))).body("attempts[0].response", equalTo("busy"))
                    .body("payload", containsString(title));
            as("sam").get(base + "api/v1/admin/webhooks/" + hookId + "/deliveries/" + deliveryId).then().statusCode(403);

            int before = received.size();
            var replay = as("olivia").post(base + "api/v1/admin/webhooks/" + hookId + "/deliveries/" + deliveryId + "/replay").then()
                    .statusCode(201).body("replayOf", equalTo((int) deliveryId)).extract().jsonPath().getLong("id");
            Stack.await("the replay to arrive", Duration.ofSeconds(30), () -> received.size() > before);
            assertThat(received.get(received.size() - 1).get("body")).isEqualTo(delivery.get("body"));
            Stack.await("the replay to be logged", Duration.ofSeconds(10), () -> "delivered".equals(
                    as("olivia").get(base + "api/v1/admin/webhooks/" + webhook + "/deliveries/" + replay).then().extract().path("delivery.state")));

            // The same in the admins' pages.
            html("olivia").get(base + "admin/webhooks").then().statusCode(200).body(containsString(url));
            html("olivia").get(base + "admin/webhooks/" + webhook).then().statusCode(200).body(containsString("Test endpoint"));
            html("olivia").get(base + "admin/webhooks/" + webhook + "/deliveries/" + deliveryId).then().statusCode(200)
                    .body(containsString("busy")).body(containsString("Send again"));
            html("sam").get(base + "admin/webhooks").then().statusCode(403);
        } finally {
            endpoint.stop(0);
            if (hookId != 0) {
                as("olivia").body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("post.published"), "active", false))
                        .put(base + "api/v1/admin/webhooks/" + hookId).then().statusCode(200).body("active", equalTo(false));
            }
        }
    }

    private static String hmac(String secret, String signed) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
