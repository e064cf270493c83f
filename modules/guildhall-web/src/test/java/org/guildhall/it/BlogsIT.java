package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.rometools.rome.io.SyndFeedInput;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Blogs through the API with real users: writing, scheduling, comments, thanks, feeds, search, access. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BlogsIT {

    final URL base = Stack.base();

    private RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private long post(String author, String title, String body, String network, String publishing) {
        var input = new HashMap<String, Object>(Map.of("title", title, "body", body, "tags", List.of("Lessons Learned", "#java"),
                "publishing", publishing));
        if (network != null) {
            input.put("network", network);
        }
        return as(author).body(input).post(base + "api/v1/posts").then().statusCode(201)
                .body("tags", equalTo(List.of("java", "lessons-learned"))).extract().jsonPath().getLong("id");
    }

    private String network(String owner, String content) {
        var slug = as(owner).body(Map.of("name", "Blog net " + word(), "description", "d", "purpose", "p",
                        "visibility", "listed", "contentAccess", content, "joinPolicy", "open"))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        return slug;
    }

    @Test
    void a_draft_is_private_until_published_and_then_everyone_reads_it() {
        var id = post("alice", "Draft " + word(), "Hello **world** from @priya", null, "draft");
        as("bob").get(base + "api/v1/posts/" + id).then().statusCode(404);
        as("alice").get(base + "api/v1/posts/" + id).then().statusCode(200).body("post.status", equalTo("draft"));

        long version = as("alice").get(base + "api/v1/posts/" + id).then().extract().jsonPath().getLong("post.version");
        as("alice").body(Map.of("title", "Published", "body", "Hello **world** from @priya", "publishing", "now", "version", version))
                .put(base + "api/v1/posts/" + id).then().statusCode(200).body("status", equalTo("published"))
                .body("editedAt", nullValue())
                .body("html", containsString("<strong>world</strong>"))
                .body("html", containsString("<a href=\"/people/priya\" rel=\"nofollow noopener noreferrer\">&#64;priya</a>"));
        as("bob").get(base + "api/v1/posts/" + id).then().statusCode(200).body("post.author.department", equalTo("Engineering"));
        as("bob").queryParam("author", "alice").get(base + "api/v1/posts").then().body("items.id", hasItem((int) id));
    }

    @Test
    void a_scheduled_post_appears_when_due_and_not_before() {
        var at = Instant.now().plusSeconds(4).toString();
        var id = as("carmen").body(Map.of("title", "Soon " + word(), "body", "coming", "publishing", "schedule", "publishAt", at))
                .post(base + "api/v1/posts").then().statusCode(201).body("status", equalTo("scheduled"))
                .extract().jsonPath().getLong("id");
        as("sam").get(base + "api/v1/posts/" + id).then().statusCode(404);
        Stack.await("the scheduled post to appear", Duration.ofSeconds(15),
                () -> as("sam").get(base + "api/v1/posts/" + id).statusCode() == 200);
        as("sam").get(base + "api/v1/posts?size=100").then().body("items.id", hasItem((int) id));
    }

    @Test
    void bad_posts_are_refused_with_field_messages_and_nothing_is_saved() {
        as("leo").body(Map.of("title", " ", "body", "x".repeat(50_001), "tags", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"),
                        "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("body")).body("errors.field", hasItem("tags"));
        as("leo").body(Map.of("title", "Past", "body", "b", "publishing", "schedule", "publishAt", "2020-01-01T00:00:00Z"))
                .post(base + "api/v1/posts").then().statusCode(400)
                .body("errors.message", hasItem("Choose a time in the future to schedule a post."));
        as("leo").body(Map.of("title", "Odd", "body", "b", "publishing", "sometimes"))
                .post(base + "api/v1/posts").then().statusCode(400);
        as("leo").get(base + "api/v1/posts/mine").then().body("title", not(hasItem("Past")));
    }

    @Test
    void comments_reply_one_level_and_thanks_count_once() {
        var id = post("omar", "Comments " + word(), "Discuss", null, "now");
        long first = as("bob").body(Map.of("body", "Nice one")).post(base + "api/v1/posts/" + id + "/comments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long reply = as("alice").body(Map.of("body", "Agreed", "parentId", first)).post(base + "api/v1/posts/" + id + "/comments")
                .then().statusCode(201).body("parentId", equalTo((int) first)).extract().jsonPath().getLong("id");
        as("sam").body(Map.of("body", "Too deep", "parentId", reply)).post(base + "api/v1/posts/" + id + "/comments")
                .then().statusCode(409);
        as("sam").body(Map.of("body", " ")).post(base + "api/v1/posts/" + id + "/comments").then().statusCode(400);
        as("alice").body(Map.of("body", "Hijack")).put(base + "api/v1/comments/" + first).then().statusCode(403);
        as("bob").body(Map.of("body", "Nice one, edited")).put(base + "api/v1/comments/" + first).then().statusCode(200)
                .body("editedAt", not(nullValue()));

        as("sam").post(base + "api/v1/posts/" + id + "/thanks").then().statusCode(200).body("thanksCount", equalTo(1));
        as("sam").post(base + "api/v1/posts/" + id + "/thanks").then().statusCode(409);
        as("omar").post(base + "api/v1/posts/" + id + "/thanks").then().statusCode(409)
                .body("detail", equalTo("You cannot thank your own post"));
        as("sam").post(base + "api/v1/comments/" + first + "/thanks").then().statusCode(200).body("thanksCount", equalTo(1));

        as("bob").delete(base + "api/v1/comments/" + first).then().statusCode(204);
        as("priya").get(base + "api/v1/posts/" + id).then().statusCode(200)
                .body("comments.find { it.id == " + first + " }.deleted", equalTo(true))
                .body("comments.find { it.id == " + first + " }.body", nullValue())
                .body("comments.find { it.id == " + reply + " }.body", equalTo("Agreed"))
                .body("thankedBy.username", hasItem("sam"))
                .body("comments.find { it.id == " + reply + " }.thankedBy", equalTo(List.of()));
        as("priya").post(base + "api/v1/comments/" + reply + "/thanks").then().statusCode(200);
        as("bob").get(base + "api/v1/posts/" + id).then()
                .body("comments.find { it.id == " + reply + " }.thankedBy", equalTo(List.of("priya")));
    }

    @Test
    void a_deleted_post_is_gone_for_readers_restorable_by_its_author_and_takes_no_comments() {
        var id = post("hana", "Delete me " + word(), "soon gone", null, "now");
        as("leo").delete(base + "api/v1/posts/" + id).then().statusCode(403);
        as("hana").delete(base + "api/v1/posts/" + id).then().statusCode(204);
        as("leo").get(base + "api/v1/posts/" + id).then().statusCode(404);
        as("leo").body(Map.of("body", "late")).post(base + "api/v1/posts/" + id + "/comments").then().statusCode(404);
        as("hana").body(Map.of("body", "late")).post(base + "api/v1/posts/" + id + "/comments").then().statusCode(409);
        as("hana").post(base + "api/v1/posts/" + id + "/restore").then().statusCode(200).body("status", equalTo("published"));
        as("leo").get(base + "api/v1/posts/" + id).then().statusCode(200);
    }

    @Test
    void an_edit_from_a_stale_version_is_a_409_with_the_saved_version() {
        var id = post("priya", "Stale " + word(), "v1", null, "now");
        long version = as("priya").get(base + "api/v1/posts/" + id).then().extract().jsonPath().getLong("post.version");
        as("priya").body(Map.of("title", "Tab one", "body", "v2", "publishing", "now", "version", version))
                .put(base + "api/v1/posts/" + id).then().statusCode(200).body("editedAt", not(nullValue()));
        as("priya").body(Map.of("title", "Tab two", "body", "v3", "publishing", "now", "version", version))
                .put(base + "api/v1/posts/" + id).then().statusCode(409)
                .body("current.title", equalTo("Tab one")).body("yours.title", equalTo("Tab two"));
        as("priya").get(base + "api/v1/posts/" + id).then().body("post.title", equalTo("Tab one"));
    }

    @Test
    void members_only_posts_stay_with_members_in_pages_api_feeds_and_search() throws Exception {
        var slug = network("leo", "members-only");
        var secret = word();
        as("leo").body(Map.of("title", "Inside " + secret, "body", "Confidential " + secret, "network", slug, "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(201);
        as("sam").body(Map.of("title", "x", "body", "y", "network", slug, "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(403);

        as("sam").queryParam("network", slug).get(base + "api/v1/posts").then().statusCode(403);
        as("sam").get(base + "api/v1/posts?size=100").then().body("items.title", not(hasItem("Inside " + secret)));
        given().auth().oauth2(Tokens.of("sam")).get(base + "feeds/networks/" + slug + ".atom").then().statusCode(403);
        given().auth().oauth2(Tokens.of("sam")).get(base + "feeds/people/leo.atom").then().statusCode(200)
                .body(not(containsString(secret)));
        given().accept("application/atom+xml").get(base + "feeds/people/leo.atom").then().statusCode(401);

        Stack.await("the member to find the post", Duration.ofSeconds(10),
                () -> as("leo").queryParam("q", secret).get(base + "api/v1/posts").then().extract().jsonPath()
                        .getList("items.title").contains("Inside " + secret));
        as("sam").queryParam("q", secret).get(base + "api/v1/posts").then().body("total", equalTo(0));

        var feed = given().auth().oauth2(Tokens.of("leo")).get(base + "feeds/networks/" + slug + ".atom")
                .then().statusCode(200).contentType(containsString("application/atom+xml")).extract().asString();
        var parsed = new SyndFeedInput().build(new StringReader(feed));
        assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(parsed.getEntries()).extracting(e -> e.getTitle()).contains("Inside " + secret);
    }

    @Test
    void posts_and_comments_are_searchable_with_highlights_and_tags_are_suggested() {
        var word = word();
        var id = post("sam", "Search " + word, "Nothing special", null, "now");
        as("bob").body(Map.of("body", "The comment mentions " + word)).post(base + "api/v1/posts/" + id + "/comments")
                .then().statusCode(201);
        Stack.await("the comment to be searchable", Duration.ofSeconds(10),
                () -> as("alice").queryParam("q", word).get(base + "api/v1/posts").then().extract().jsonPath()
                        .getList("items.id").contains((int) id));
        as("alice").queryParam("q", word).get(base + "api/v1/posts").then().body("items[0].snippet", containsString("<mark>"));
        as("alice").queryParam("prefix", "less").get(base + "api/v1/tags").then().body("$", hasItem("lessons-learned"));
        as("alice").queryParam("tag", "JAVA").get(base + "api/v1/posts").then().body("items.id", hasItem((int) id));
    }
}
