package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * List pages issue a bounded number of SQL statements whatever their length, counted with
 * Hibernate's statistics through WildFly's management API (no test hooks in the product).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryBoundsIT {

    final URL base = Stack.base();

    /** The server's management API, as a local user (as the CLI on this machine would connect). */
    static ModelControllerClient management;

    @BeforeAll
    static void connect() throws Exception {
        management = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", URI.create(Stack.MANAGEMENT).getPort());
    }

    @AfterAll
    static void disconnect() throws Exception {
        management.close();
    }

    @Test
    void the_network_directory_and_member_list_do_not_grow_with_their_length() throws Exception {
        statistics(true);
        var owner = Tokens.of("omar");
        var slug = network(owner);
        long fewNetworks = statements(owner, "networks?sort=name");
        long fewMembers = statements(owner, "networks/" + slug + "/members");

        for (var person : List.of("alice", "bob", "carmen", "hana", "leo", "priya", "sam")) {
            given().auth().oauth2(Tokens.of(person)).post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        }
        // More than a page of the directory (12) even when this class runs alone.
        for (int i = 0; i < 12; i++) {
            network(owner);
        }
        settle();
        // Never more with more networks (the first visits may cost a statement or two the later ones find cached).
        assertThat(statements(owner, "networks?sort=name")).isLessThanOrEqualTo(fewNetworks);
        var secondPage = given().auth().oauth2(owner).accept(ContentType.HTML).get(base + "networks?sort=name&page=2")
                .then().statusCode(200).extract().asString();
        assertThat(secondPage).contains("Page 2 of").containsPattern("href=\"/networks\\?sort=name\"\\s+rel=\"prev\"");
        assertThat(statements(owner, "networks/" + slug + "/members")).isLessThanOrEqualTo(fewMembers);
        // A constant: the cards (count, page, owners, my standing), the filters' topics and departments,
        // my invitations, requests, removals and proposals, the header's waiting badge and unread count
        // (the reader's keys and the count), and the viewer.
        // Measured 17 to 20 (the header's unread count is two of them: the reader's keys and the count).
        assertThat(fewNetworks).as("statements for the directory page").isLessThanOrEqualTo(21);
    }

    @Test
    void the_post_list_and_post_page_do_not_grow_with_comments_and_thanks() throws Exception {
        statistics(true);
        var author = Tokens.of("carmen");
        long id = given().auth().oauth2(author).contentType(ContentType.JSON)
                .body(Map.of("title", "Bounded post", "body", "Body", "tags", List.of("bounds"), "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        // One comment first: a post without any skips the comment-thanks lookups altogether.
        given().auth().oauth2(author).contentType(ContentType.JSON).body(Map.of("body", "First comment"))
                .post(base + "api/v1/posts/" + id + "/comments").then().statusCode(201);
        long fewPage = statements(author, "blog/posts/" + id);
        long fewList = statements(author, "blog/tags/bounds");

        for (var person : List.of("alice", "bob", "hana", "leo", "priya", "sam")) {
            var token = Tokens.of(person);
            long comment = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("body", "Comment by " + person))
                    .post(base + "api/v1/posts/" + id + "/comments").then().statusCode(201).extract().jsonPath().getLong("id");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("body", "Reply", "parentId", comment))
                    .post(base + "api/v1/posts/" + id + "/comments").then().statusCode(201);
            given().auth().oauth2(token).post(base + "api/v1/posts/" + id + "/thanks").then().statusCode(200);
            given().auth().oauth2(author).contentType(ContentType.JSON).body(Map.of("title", "Another bounded post", "body", "b",
                    "tags", List.of("bounds"), "publishing", "now")).post(base + "api/v1/posts").then().statusCode(201);
        }
        settle();
        assertThat(statements(author, "blog/posts/" + id)).isEqualTo(fewPage);
        assertThat(statements(author, "blog/tags/bounds")).isEqualTo(fewList);
    }

    @Test
    void the_question_page_and_list_do_not_grow_with_answers_votes_and_comments() throws Exception {
        statistics(true);
        var asker = Tokens.of("carmen");
        var tag = "bounded-" + UUID.randomUUID().toString().substring(0, 8);
        long id = given().auth().oauth2(asker).contentType(ContentType.JSON)
                .body(Map.of("title", "How bounded is this question page?", "body", "Body", "tags", List.of(tag)))
                .post(base + "api/v1/questions").then().statusCode(201).extract().jsonPath().getLong("id");
        // One answer with a vote and a comment first: a question without any skips their lookups altogether.
        long first = answer(id, "alice");
        given().auth().oauth2(Tokens.of("bob")).contentType(ContentType.JSON).body(Map.of("vote", "up"))
                .put(base + "api/v1/answers/" + first + "/vote").then().statusCode(200);
        given().auth().oauth2(Tokens.of("bob")).contentType(ContentType.JSON).body(Map.of("body", "Why?"))
                .post(base + "api/v1/answers/" + first + "/comments").then().statusCode(201);
        settle();
        long fewPage = statements(asker, "questions/" + id);
        long fewList = statements(asker, "questions?tag=" + tag);

        for (var person : List.of("bob", "hana", "leo", "priya", "sam", "omar")) {
            long answer = answer(id, person);
            for (var voter : List.of("alice", "olivia")) {
                given().auth().oauth2(Tokens.of(voter)).contentType(ContentType.JSON).body(Map.of("vote", "down"))
                        .put(base + "api/v1/answers/" + answer + "/vote").then().statusCode(200);
                given().auth().oauth2(Tokens.of(voter)).contentType(ContentType.JSON).body(Map.of("body", "A remark"))
                        .post(base + "api/v1/answers/" + answer + "/comments").then().statusCode(201);
            }
            given().auth().oauth2(asker).contentType(ContentType.JSON)
                    .body(Map.of("title", "Another bounded question by " + person, "body", "b", "tags", List.of(tag)))
                    .post(base + "api/v1/questions").then().statusCode(201);
        }
        given().auth().oauth2(asker).post(base + "api/v1/answers/" + first + "/accept").then().statusCode(200);
        settle();
        assertThat(statements(asker, "questions/" + id)).isLessThanOrEqualTo(fewPage);
        assertThat(statements(asker, "questions?tag=" + tag)).isLessThanOrEqualTo(fewList);
    }

    private long answer(long question, String person) {
        return given().auth().oauth2(Tokens.of(person)).contentType(ContentType.JSON).body(Map.of("body", "Answer by " + person))
                .post(base + "api/v1/questions/" + question + "/answers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private String network(String ownerToken) {
        // Sponsoring departments are the people directory's: these arrive with Omar's and Sam's profiles.
        for (var person : List.of("omar", "sam")) {
            given().auth().oauth2(Tokens.of(person)).get(base + "api/v1/me").then().statusCode(200);
        }
        var slug = given().auth().oauth2(ownerToken).contentType(ContentType.JSON)
                .body(Map.of("name", "Bounded " + UUID.randomUUID().toString().substring(0, 8), "description", "d",
                        "purpose", "p", "topics", List.of("a", "b", "c"), "departments", List.of("Operations", "Sales"),
                        "visibility", "listed", "contentAccess", "public", "joinPolicy", "open"))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        given().auth().oauth2(Tokens.of("olivia")).post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        return slug;
    }

    /**
     * Statements one HTML page request prepares. The counter is server-wide and background work
     * (the outbox poller, every second) queries too, so the smallest of five measurements is the
     * page's own count (the first request of each round warms caches).
     */
    private long statements(String token, String path) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            given().auth().oauth2(token).accept(ContentType.HTML).get(base + path).then().statusCode(200);
            long before = counter();
            given().auth().oauth2(token).accept(ContentType.HTML).get(base + path).then().statusCode(200);
            fewest = Math.min(fewest, counter() - before);
        }
        return fewest;
    }

    /** Lets the outbox drain what the writes above queued, so that its work is not counted as the page's. */
    private static void settle() throws InterruptedException {
        Thread.sleep(3_000);
    }

    private ModelNode unit() {
        var address = new ModelNode();
        address.add("deployment", "guildhall.war").add("subsystem", "jpa")
                .add("hibernate-persistence-unit", "guildhall.war#guildhall");
        return address;
    }

    private void statistics(boolean enabled) throws Exception {
        var op = new ModelNode();
        op.get("operation").set("write-attribute");
        op.get("address").set(unit());
        op.get("name").set("statistics-enabled");
        op.get("value").set(enabled);
        var result = management.execute(op);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
    }

    private long counter() throws Exception {
        var op = new ModelNode();
        op.get("operation").set("read-attribute");
        op.get("address").set(unit());
        op.get("name").set("prepared-statement-count");
        var result = management.execute(op);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
        return result.get("result").asLong();
    }
}
