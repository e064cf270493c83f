package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Knowledge flow against the real stack, on a dataset of its own: people imported into
 * departments named for this run (so every figure between them is known), a public network, a
 * members-only one and an island, with comments, replies, thanks, a question, an answer and an
 * up-vote, then one computation. Endorsements and co-edits are made through the API by signed-in
 * people and counted as the difference between two computations.
 *
 * <p>The dataset ("known" below): departments A, B, C, D of this run; a1 (A), a2 (A), b1 (B),
 * c1 and c2 (C), d1 and d2 (D). In the public network: a1 comments twice on b1's post and thanks
 * it, c1 comments on it, c2 comments on it and thanks it; b1 answers a1's question and c1 up-votes
 * the answer; a1 comments on and thanks c1's post and c2's. In the members-only network (a2, c1):
 * a2 comments on c1's post. In the island (d1, d2, with c1 and c2 as members): d2 comments on
 * d1's post, and so do c1 and c2. In a quiet network of department E, e2 comments on e1's post and
 * e1 replies. Only c1 consented to talent discovery.
 */
class FlowIT extends AgainstTheServer {

    private static final String TAG = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    private static final String A = "Flow " + TAG + " Atlas", B = "Flow " + TAG + " Beacon", C = "Flow " + TAG + " Compass",
            D = "Flow " + TAG + " Delta", E = "Flow " + TAG + " Echo";
    private static boolean imported;
    private static String open, closed, island;

    private static String user(String id) {
        return "flow-" + TAG + "-" + id;
    }

    /** Imports the known dataset once, then joins alice and olivia to the public network and computes. */
    private synchronized void known() {
        if (imported) {
            return;
        }
        var at = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        var lines = new ArrayList<String>();
        lines.add("{\"format\":\"guildhall-content\",\"version\":1,\"source\":\"flow-" + TAG + "\"}");
        person(lines, "a1", A, false);
        person(lines, "a2", A, false);
        person(lines, "b1", B, false);
        person(lines, "c1", C, true);
        person(lines, "c2", C, false);
        person(lines, "d1", D, false);
        person(lines, "d2", D, false);
        person(lines, "e1", E, false);
        person(lines, "e2", E, false);
        network(lines, "open", "Flow open " + TAG, "public", "a1", at);
        network(lines, "closed", "Flow closed " + TAG, "members_only", "c1", at);
        network(lines, "island", "Flow island " + TAG, "public", "d1", at);
        network(lines, "quiet", "Flow quiet " + TAG, "public", "e1", at);
        member(lines, "quiet", "e2", at);
        for (var m : List.of("b1", "c1", "c2")) {
            member(lines, "open", m, at);
        }
        member(lines, "closed", "a2", at);
        for (var m : List.of("d2", "c1", "c2")) {
            member(lines, "island", m, at);
        }
        post(lines, "p1", "open", "b1", "Beacon notes " + TAG, at);
        comment(lines, "p1-1", "p1", "a1", null, at);
        comment(lines, "p1-2", "p1", "a1", null, at);
        comment(lines, "p1-3", "p1", "c1", null, at);
        comment(lines, "p1-4", "p1", "c2", null, at);
        thanks(lines, "p1", "a1", at);
        thanks(lines, "p1", "c2", at);
        lines.add("{\"type\":\"question\",\"id\":\"q1-" + TAG + "\",\"network\":\"open-" + TAG + "\",\"author\":\"a1-" + TAG
                + "\",\"title\":\"Atlas question " + TAG + "\",\"body\":\"How?\",\"askedAt\":\"" + at + "\"}");
        lines.add("{\"type\":\"answer\",\"id\":\"a1-answer-" + TAG + "\",\"question\":\"q1-" + TAG + "\",\"author\":\"b1-" + TAG
                + "\",\"body\":\"Like this.\",\"createdAt\":\"" + at + "\"}");
        lines.add("{\"type\":\"vote\",\"answer\":\"a1-answer-" + TAG + "\",\"person\":\"c1-" + TAG + "\",\"vote\":\"up\"}");
        post(lines, "p4", "open", "c1", "Compass notes " + TAG, at);
        comment(lines, "p4-1", "p4", "a1", null, at);
        thanks(lines, "p4", "a1", at);
        post(lines, "p5", "open", "c2", "Compass musings " + TAG, at);
        comment(lines, "p5-1", "p5", "a1", null, at);
        thanks(lines, "p5", "a1", at);
        post(lines, "p2", "closed", "c1", "Closed matter " + TAG, at);
        comment(lines, "p2-1", "p2", "a2", null, at);
        post(lines, "p3", "island", "d1", "Delta notes " + TAG, at);
        comment(lines, "p3-1", "p3", "d2", null, at);
        comment(lines, "p3-2", "p3", "c1", null, at);
        comment(lines, "p3-3", "p3", "c2", null, at);
        post(lines, "p6", "quiet", "e1", "Echo notes " + TAG, at);
        comment(lines, "p6-1", "p6", "e2", null, at);
        comment(lines, "p6-2", "p6", "e1", "p6-1", at);
        var job = given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON).contentType("application/octet-stream")
                .queryParam("kind", "content").queryParam("name", "flow-" + TAG)
                .body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8))
                .post(base + "api/v1/imports").then().statusCode(202).extract().jsonPath();
        var done = new AtomicReference<JsonPath>();
        Stack.await("the flow dataset to import", Duration.ofSeconds(120), () -> {
            done.set(as("olivia").get(base + "api/v1/imports/" + job.getLong("id")).then().statusCode(200).extract().jsonPath());
            return List.of("done", "failed", "cancelled").contains(done.get().getString("state"));
        });
        assertThat(done.get().getString("state")).isEqualTo("done");
        assertThat(done.get().getLong("rejected")).as(as("olivia").get(base + "api/v1/imports/" + job.getLong("id") + "/errors").asString())
                .isZero();
        as("alice").get(base + "api/v1/me").then().statusCode(200);
        as("olivia").get(base + "api/v1/me").then().statusCode(200);
        compute();
        var networks = as("olivia").queryParam("from", A).queryParam("to", C).get(base + "api/v1/flow/departments/exchange")
                .then().statusCode(200).extract().jsonPath();
        open = networks.getString("networks.find { it.network.name == 'Flow open " + TAG + "' }.network.slug");
        closed = networks.getString("networks.find { it.network.name == 'Flow closed " + TAG + "' }.network.slug");
        var toD = as("olivia").queryParam("from", C).queryParam("to", D).get(base + "api/v1/flow/departments/exchange").jsonPath();
        island = toD.getString("networks.find { it.network.name == 'Flow island " + TAG + "' }.network.slug");
        assertThat(open).isNotNull();
        assertThat(closed).isNotNull();
        assertThat(island).isNotNull();
        for (var u : List.of("alice", "olivia")) {
            as(u).post(base + "api/v1/networks/" + open + "/join").then().statusCode(200);
        }
        compute();
        imported = true;
    }

    private void compute() {
        compute(base);
    }

    /**
     * Asks for a computation (as an administrator) and waits until one that began after the request
     * is published: a run already under way when asked describes the content before it.
     */
    static void compute(java.net.URL base) {
        var olivia = Tokens.of("olivia");
        var requested = Instant.now();
        given().auth().oauth2(olivia).post(base + "api/v1/flow/runs").then().statusCode(202);
        Stack.await("the knowledge flow to be recomputed", Duration.ofSeconds(150), () -> {
            var status = given().auth().oauth2(olivia).get(base + "api/v1/flow").then().statusCode(200).extract().jsonPath();
            var asOf = status.getString("asOf");
            return asOf != null && !Instant.parse(asOf).isBefore(requested) && status.get("running") == null;
        });
    }

    private static void person(List<String> lines, String id, String department, boolean discoverable) {
        lines.add("{\"type\":\"person\",\"id\":\"" + id + "-" + TAG + "\",\"name\":\"" + id.toUpperCase() + " " + TAG
                + "\",\"username\":\"" + user(id) + "\",\"email\":\"" + user(id) + "@flow.example.com\",\"department\":\"" + department
                + "\",\"talentDiscovery\":" + discoverable + "}");
    }

    private static void network(List<String> lines, String id, String name, String access, String creator, String at) {
        lines.add("{\"type\":\"network\",\"id\":\"" + id + "-" + TAG + "\",\"name\":\"" + name + "\",\"description\":\"d\",\"purpose\":\"p\""
                + ",\"visibility\":\"listed\",\"contentAccess\":\"" + access + "\",\"joinPolicy\":\"open\",\"createdBy\":\"" + creator + "-" + TAG
                + "\",\"createdAt\":\"" + at + "\"}");
    }

    private static void member(List<String> lines, String network, String person, String at) {
        lines.add("{\"type\":\"member\",\"network\":\"" + network + "-" + TAG + "\",\"person\":\"" + person + "-" + TAG
                + "\",\"joinedAt\":\"" + at + "\"}");
    }

    private static void post(List<String> lines, String id, String network, String author, String title, String at) {
        lines.add("{\"type\":\"post\",\"id\":\"" + id + "-" + TAG + "\",\"network\":\"" + network + "-" + TAG + "\",\"author\":\"" + author
                + "-" + TAG + "\",\"title\":\"" + title + "\",\"body\":\"Notes.\",\"publishedAt\":\"" + at + "\"}");
    }

    private static void comment(List<String> lines, String id, String post, String author, String replyTo, String at) {
        lines.add("{\"type\":\"comment\",\"id\":\"" + id + "-" + TAG + "\",\"post\":\"" + post + "-" + TAG + "\",\"author\":\"" + author
                + "-" + TAG + "\",\"body\":\"Indeed.\"" + (replyTo == null ? "" : ",\"replyTo\":\"" + replyTo + "-" + TAG + "\"")
                + ",\"createdAt\":\"" + at + "\"}");
    }

    private static void thanks(List<String> lines, String post, String person, String at) {
        lines.add("{\"type\":\"thanks\",\"post\":\"" + post + "-" + TAG + "\",\"person\":\"" + person + "-" + TAG + "\",\"at\":\"" + at + "\"}");
    }

    private JsonPath connections(String viewer, String username) {
        return as(viewer).get(base + "api/v1/people/" + username + "/connections").then().statusCode(200).extract().jsonPath();
    }

    private static int exchanged(JsonPath connections, String other, String kind, String side) {
        Integer n = connections.get("connections.find { it.person.username == '" + other + "' }.interactions.find { it.kind == '"
                + kind + "' }." + side);
        return n == null ? 0 : n;
    }

    private JsonPath matrix(String viewer) {
        return as(viewer).get(base + "api/v1/flow/departments").then().statusCode(200).extract().jsonPath();
    }

    private static int cell(JsonPath matrix, String from, String to) {
        Integer n = matrix.get("cells.find { it.from == '" + from + "' && it.to == '" + to + "' }.interactions");
        return n == null ? 0 : n;
    }

    // ---- edges and weights -------------------------------------------------------------------

    @Test
    void everyKindOfInteractionIsATieWithItsCountsAndWeight() {
        known();
        var b1 = connections("olivia", user("b1"));
        assertThat(exchanged(b1, user("a1"), "comment", "received")).isEqualTo(2);
        assertThat(exchanged(b1, user("a1"), "thanks", "received")).isEqualTo(1);
        assertThat(exchanged(b1, user("a1"), "answer", "given")).isEqualTo(1);
        assertThat(exchanged(b1, user("c1"), "comment", "received")).isEqualTo(1);
        assertThat(exchanged(b1, user("c1"), "thanks", "received")).as("an up-vote on b1's answer").isEqualTo(1);
        assertThat(exchanged(b1, user("c2"), "thanks", "received")).isEqualTo(1);
        // a1: 2 comments (2 each), 1 thanks (1) and 1 answer (3), all this month: 8 and a share of the small public network (1)
        double a1 = b1.getDouble("connections.find { it.person.username == '" + user("a1") + "' }.strength");
        double c1 = b1.getDouble("connections.find { it.person.username == '" + user("c1") + "' }.strength");
        assertThat(a1).isGreaterThan(c1);
        assertThat(b1.getList("connections.person.username", String.class)).first().isEqualTo(user("a1"));
        assertThat(b1.getString("figures.asOf")).isNotNull();
        // a member of the same small network with no interaction is still a (weak) connection
        var d2 = connections("olivia", user("d2"));
        assertThat(d2.getList("connections.find { it.person.username == '" + user("d1") + "' }.sharedNetworks.slug", String.class))
                .contains(island);
    }

    @Test
    void endorsementsAndCoEditsAreTies() {
        known();
        var skill = "Flow skill " + TAG;
        String slug = as("olivia").body(Map.of("name", skill, "category", "Engineering")).post(base + "api/v1/admin/skills").then()
                .statusCode(201).extract().path("slug");
        as("leo").body(Map.of("level", 3)).put(base + "api/v1/me/skills/" + slug).then().statusCode(200);
        var before = connections("leo", "leo");
        as("priya").body(Map.of("note", "Knows it well")).post(base + "api/v1/people/leo/skills/" + slug + "/endorsements").then().statusCode(201);
        as("leo").post(base + "api/v1/networks/" + open + "/join").then().statusCode(200);
        as("priya").post(base + "api/v1/networks/" + open + "/join").then().statusCode(200);
        var page = as("priya").body(Map.of("title", "Flow page " + TAG, "body", "First version by Priya."))
                .post(base + "api/v1/networks/" + open + "/wiki/pages").then().statusCode(201).extract().jsonPath();
        var current = as("leo").get(base + "api/v1/networks/" + open + "/wiki/pages/" + page.getString("slug")).then().statusCode(200)
                .extract().jsonPath();
        as("leo").body(Map.of("title", "Flow page " + TAG, "body", "Second version by Leo.", "baseRevision", current.getInt("revision")))
                .put(base + "api/v1/networks/" + open + "/wiki/pages/" + page.getString("slug")).then().statusCode(200);
        compute();
        var after = connections("leo", "leo");
        assertThat(exchanged(after, "priya", "endorsement", "received") - exchanged(before, "priya", "endorsement", "received")).isEqualTo(1);
        assertThat(exchanged(after, "priya", "co-edit", "given") - exchanged(before, "priya", "co-edit", "given")).isEqualTo(1);
        assertThat(exchanged(after, "priya", "co-edit", "received") - exchanged(before, "priya", "co-edit", "received")).isEqualTo(1);
    }

    // ---- visibility --------------------------------------------------------------------------

    @Test
    void aMembersOnlyNetworksInteractionsDoNotExistForOutsiders() {
        known();
        assertThat(connections("olivia", user("c1")).getList("connections.person.username", String.class)).contains(user("a2"));
        assertThat(connections("alice", user("c1")).getList("connections.person.username", String.class)).doesNotContain(user("a2"));
        assertThat(cell(matrix("olivia"), A, C)).isEqualTo(5);
        assertThat(cell(matrix("alice"), A, C)).isEqualTo(4);
        var aliceToC = as("alice").queryParam("from", A).queryParam("to", C).get(base + "api/v1/flow/departments/exchange").jsonPath();
        assertThat(aliceToC.getList("networks.network.slug", String.class)).doesNotContain(closed).contains(open);
        assertThat(aliceToC.getList("content.subject.title", String.class)).doesNotContain("Closed matter " + TAG);
        as("alice").get(base + "api/v1/flow/networks/" + closed).then().statusCode(404);
        as("olivia").get(base + "api/v1/flow/networks/" + closed).then().statusCode(200);
    }

    // ---- shortest chains ---------------------------------------------------------------------

    @Test
    void theShortestChainsCarryTheirReasons() {
        known();
        var path = as("alice").get(base + "api/v1/people/" + user("d1") + "/path").then().statusCode(200).extract().jsonPath();
        assertThat(path.getInt("chains[0].intermediaries")).isEqualTo(1);
        assertThat(path.getList("chains.collect { it.links[0].to.username }", String.class)).containsExactlyInAnyOrder(user("c1"), user("c2"));
        assertThat(path.getString("chains[0].links[0].reasons[0].text")).startsWith("You and ").contains("both belong to Flow open " + TAG);
        assertThat(path.getString("chains[0].links[1].reasons[0].text")).endsWith("commented on D1 " + TAG + "’s post “Delta notes " + TAG + "”");
        assertThat(path.getString("chains[0].links[1].reasons[0].subject.url")).startsWith("/blog/posts/");
        // a2 is linked to the others only inside the members-only network
        assertThat(as("alice").get(base + "api/v1/people/" + user("a2") + "/path").jsonPath().getList("chains")).isEmpty();
        var admin = as("olivia").get(base + "api/v1/people/" + user("a2") + "/path").jsonPath();
        assertThat(admin.getString("chains[0].links[1].reasons[0].text")).isEqualTo("A2 " + TAG + " commented on C1 " + TAG
                + "’s post “Closed matter " + TAG + "”");
        as("alice").get(base + "api/v1/people/nobody-" + TAG + "/path").then().statusCode(404);
    }

    // ---- the department map ------------------------------------------------------------------

    @Test
    void theDepartmentMatrixOfAKnownDatasetAndItsIslands() {
        known();
        var m = matrix("alice");
        assertThat(cell(m, A, B)).as("2 comments and a thanks").isEqualTo(3);
        assertThat(cell(m, B, A)).as("an answer").isEqualTo(1);
        assertThat(cell(m, C, B)).as("2 comments, a thanks, an up-vote").isEqualTo(4);
        assertThat(cell(m, C, D)).isEqualTo(2);
        assertThat(cell(m, D, D)).isEqualTo(1);
        assertThat(cell(m, B, C)).isZero();
        assertThat(cell(m, E, E)).as("a comment and a reply to it").isEqualTo(2);
        assertThat(m.getBoolean("balances.find { it.department == '" + E + "' }.island")).isTrue();
        assertThat(m.getBoolean("balances.find { it.department == '" + D + "' }.island")).as("2 of its 3 interactions cross").isFalse();
        assertThat(m.getBoolean("balances.find { it.department == '" + A + "' }.island")).isFalse();
        var ab = as("alice").queryParam("from", A).queryParam("to", B).get(base + "api/v1/flow/departments/exchange").then().statusCode(200)
                .extract().jsonPath();
        assertThat(ab.getInt("networks.find { it.network.slug == '" + open + "' }.interactions")).isEqualTo(3);
        assertThat(ab.getInt("networks.find { it.network.slug == '" + open + "' }.byKind.co-membership")).isEqualTo(1);
        assertThat(ab.getList("content.subject.title", String.class)).containsExactly("Beacon notes " + TAG);
        assertThat(ab.getInt("content[0].byKind.comment")).isEqualTo(2);
        assertThat(ab.getInt("content[0].byKind.thanks")).isEqualTo(1);
        var csv = as("alice").accept("text/csv").get(base + "flow/departments/export.csv").then().statusCode(200).extract().asString();
        assertThat(csv).startsWith("from_department,to_department,interactions,comment,answer,thanks")
                .contains(A + "," + B + ",3,2,0,1,0,0,1");
        as("alice").queryParam("since", "2026-13").get(base + "api/v1/flow/departments").then().statusCode(400);
        as("alice").queryParam("since", "2020-01").queryParam("until", "2026-01").get(base + "api/v1/flow/departments").then().statusCode(400);
    }

    // ---- networks' reach ---------------------------------------------------------------------

    @Test
    void networksReachingBeyondTheirHomeDepartmentAreRankedForThoseWhoMayReadThem() {
        known();
        var alice = as("alice").queryParam("size", 100).get(base + "api/v1/flow/networks").then().statusCode(200).extract().jsonPath();
        assertThat(alice.getList("items.network.slug", String.class)).contains(open).doesNotContain(closed);
        assertThat(alice.getInt("items.find { it.network.slug == '" + open + "' }.outsideInteractions")).isPositive();
        var olivia = as("olivia").queryParam("size", 100).get(base + "api/v1/flow/networks").jsonPath();
        assertThat(olivia.getList("items.network.slug", String.class)).contains(closed);
        var trend = as("alice").get(base + "api/v1/flow/networks/" + open).then().statusCode(200).extract().jsonPath();
        assertThat(trend.getList("months")).hasSize(24);
        assertThat(trend.getInt("months[23].interactions") + trend.getInt("months[22].interactions")).isPositive();
    }

    // ---- brokers -----------------------------------------------------------------------------

    @Test
    void brokersAreForHrRespectConsentAndTheirOptOut() {
        known();
        as("alice").get(base + "api/v1/flow/brokers").then().statusCode(403);
        as("alice").post(base + "api/v1/flow/runs").then().statusCode(403);
        var brokers = as("hana").queryParam("size", 100).get(base + "api/v1/flow/brokers").then().statusCode(200).extract().jsonPath();
        assertThat(brokers.getList("items.person.username", String.class)).contains(user("c1")).doesNotContain(user("c2"));
        assertThat(brokers.getDouble("items.find { it.person.username == '" + user("c1") + "' }.participation")).isEqualTo(0.64);
        assertThat(brokers.getList("items.find { it.person.username == '" + user("c1") + "' }.reached", String.class))
                .containsExactlyInAnyOrder(A, B, D);
        as("alice").body(Map.of("listed", false)).put(base + "api/v1/people/" + user("c1") + "/broker-listing").then().statusCode(403);
        as("olivia").body(Map.of("listed", "no")).put(base + "api/v1/people/" + user("c1") + "/broker-listing").then().statusCode(400);
        as("olivia").body(Map.of("listed", false)).put(base + "api/v1/people/" + user("c1") + "/broker-listing").then().statusCode(200);
        try {
            var without = as("hana").queryParam("size", 100).get(base + "api/v1/flow/brokers").jsonPath();
            assertThat(without.getList("items.person.username", String.class)).doesNotContain(user("c1"));
        } finally {
            as("olivia").body(Map.of("listed", true)).put(base + "api/v1/people/" + user("c1") + "/broker-listing").then().statusCode(200);
        }
        assertThat(as("hana").queryParam("size", 100).get(base + "api/v1/flow/brokers").jsonPath()
                .getList("items.person.username", String.class)).contains(user("c1"));
        var me = as("alice").body(Map.of("listed", false)).put(base + "api/v1/me/broker-listing").then().statusCode(200).extract().jsonPath();
        assertThat(me.getBoolean("listed")).isFalse();
        as("alice").body(Map.of("listed", true)).put(base + "api/v1/me/broker-listing").then().statusCode(200);
        as("hana").get(base + "api/v1/flow/rising").then().statusCode(200);
        as("hana").get(base + "api/v1/flow/topics").then().statusCode(200);
        as("alice").get(base + "api/v1/flow/rising").then().statusCode(403);
    }
}
