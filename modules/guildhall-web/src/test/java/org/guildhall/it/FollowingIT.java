package org.guildhall.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Following and the home stream through the API: following tags, people and networks brings
 * what they do to the stream, unfollowing stops it, members follow their networks, the stream
 * is trimmed by who may read what, similar events are grouped, and the stream pages.
 */
class FollowingIT extends AgainstTheServer {

    private static String word() {
        return "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private void signIn(String... people) {
        for (var u : people) {
            as(u).get(base + "api/v1/me").then().statusCode(200);
        }
    }

    private String network(String owner, String access, String visibility) {
        var slug = as(owner).body(Map.of("name", "Followed " + word(), "description", "d", "purpose", "p",
                        "visibility", visibility, "contentAccess", access, "joinPolicy", "open"))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        return slug;
    }

    private long post(String author, String network, String title, List<String> tags) {
        var body = new java.util.HashMap<String, Object>(Map.of("title", title, "body", "About " + title, "tags", tags, "publishing", "now"));
        if (network != null) {
            body.put("network", network);
        }
        return as(author).body(body).post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private JsonPath stream(String who, String query) {
        return as(who).get(base + "api/v1/me/stream" + query).then().statusCode(200).extract().jsonPath();
    }

    private List<String> titles(String who) {
        return stream(who, "").getList("items.subjectTitle");
    }

    @Test
    void following_a_tag_brings_its_posts_to_the_stream_and_unfollowing_stops_it() {
        signIn("alice", "bob");
        var tag = word();
        as("bob").body(Map.of("kind", "tag", "target", "#" + tag.toUpperCase())).post(base + "api/v1/me/following").then()
                .statusCode(200).body("target", equalTo(tag));
        // Following twice is following once.
        as("bob").body(Map.of("kind", "tag", "target", tag)).post(base + "api/v1/me/following").then().statusCode(200);
        as("bob").get(base + "api/v1/people/bob/following").then().statusCode(200)
                .body("items.findAll { it.target == '" + tag + "' }.size()", equalTo(1));

        var title = "Tagged " + word();
        post("alice", null, title, List.of(tag));
        var other = "Untagged " + word();
        post("alice", null, other, List.of("misc-" + word()));
        assertThat(titles("bob")).contains(title).doesNotContain(other);
        assertThat(titles("alice")).as("nobody sees their own doing in their stream").doesNotContain(title);
        assertThat(stream("bob", "?kind=members-joined").getList("items.subjectTitle", String.class)).doesNotContain(title);
        as("bob").get(base + "api/v1/me/stream?kind=everything").then().statusCode(400).body("errors.field", hasItem("kind"));

        as("bob").delete(base + "api/v1/me/following?kind=tag&target=" + tag).then().statusCode(204);
        as("bob").delete(base + "api/v1/me/following?kind=tag&target=" + tag).then().statusCode(204);
        assertThat(titles("bob")).doesNotContain(title);

        // Nobody follows themselves, and nothing that is not there.
        as("bob").body(Map.of("kind", "person", "target", "bob")).post(base + "api/v1/me/following").then().statusCode(400);
        as("bob").body(Map.of("kind", "network", "target", "no-such-" + word())).post(base + "api/v1/me/following").then().statusCode(404);
        as("bob").body(Map.of("kind", "planet", "target", "mars")).post(base + "api/v1/me/following").then().statusCode(400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void members_follow_their_network_and_only_readers_see_its_members_only_posts() {
        signIn("carmen", "sam", "priya", "omar");
        var slug = network("carmen", "members-only", "listed");
        as("sam").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        as("priya").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        as("sam").get(base + "api/v1/people/sam/following").then().statusCode(200).body("items.target", hasItem(slug));
        // An outsider may follow the network (it is listed), but its members-only posts never reach them.
        as("omar").body(Map.of("kind", "network", "target", slug)).post(base + "api/v1/me/following").then().statusCode(200);

        var title = "Members only " + word();
        post("priya", slug, title, List.of());
        assertThat(titles("sam")).contains(title);
        assertThat(titles("omar")).doesNotContain(title);

        // A member may stop following; leaving ends it too.
        as("sam").delete(base + "api/v1/me/following?kind=network&target=" + slug).then().statusCode(204);
        assertThat(titles("sam")).doesNotContain(title);
        as("priya").post(base + "api/v1/networks/" + slug + "/leave").then().statusCode(204);
        as("priya").get(base + "api/v1/people/priya/following").then().statusCode(200).body("items.target", not(hasItem(slug)));
    }

    @Test
    void what_someone_follows_is_listed_only_as_far_as_the_reader_may_see() {
        signIn("carmen", "leo", "omar");
        var hidden = network("carmen", "members-only", "hidden");
        as("carmen").body(Map.of("username", "leo")).post(base + "api/v1/networks/" + hidden + "/invitations").then().statusCode(201);
        as("leo").post(base + "api/v1/networks/" + hidden + "/invitations/mine/accept").then().statusCode(200);
        as("leo").get(base + "api/v1/people/leo/following").then().statusCode(200).body("items.target", hasItem(hidden));
        as("omar").get(base + "api/v1/people/leo/following").then().statusCode(200).body("items.target", not(hasItem(hidden)));
        as("omar").body(Map.of("kind", "network", "target", hidden)).post(base + "api/v1/me/following").then().statusCode(404);

        as("omar").body(Map.of("kind", "person", "target", "leo")).post(base + "api/v1/me/following").then().statusCode(200);
        as("carmen").get(base + "api/v1/people/leo/followers").then().statusCode(200).body("items.username", hasItem("omar"));
        // The pages say the same.
        html("omar").get(base + "people/leo/following").then().statusCode(200).body(not(org.hamcrest.Matchers.containsString(hidden)));
        html("leo").get(base + "people/leo/following").then().statusCode(200).body(org.hamcrest.Matchers.containsString(hidden));
        html("carmen").get(base + "people/leo/followers").then().statusCode(200).body(org.hamcrest.Matchers.containsString("Omar"));
    }

    @Test
    void many_joins_are_one_grouped_entry_for_the_owner_and_the_stream_pages() {
        signIn("hana", "alice", "bob", "carmen", "leo", "priya");
        var slug = network("hana", "public", "listed");
        for (var u : List.of("alice", "bob", "carmen")) {
            as(u).post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        }
        var joined = stream("hana", "?kind=members-joined&network=" + slug);
        assertThat(joined.getList("items")).hasSize(1);
        assertThat(joined.getInt("items[0].count")).isEqualTo(3);
        assertThat(stream("alice", "?kind=members-joined&network=" + slug).getList("items")).as("only owners hear of joins").isEmpty();

        // 25 posts from someone leo follows: 20 on the first page, the rest after its cursor.
        as("leo").body(Map.of("kind", "person", "target", "priya")).post(base + "api/v1/me/following").then().statusCode(200);
        var marker = word();
        var titles = new ArrayList<String>();
        for (int i = 0; i < 25; i++) {
            titles.add(marker + " " + i);
            post("priya", null, marker + " " + i, List.of());
        }
        var first = stream("leo", "?kind=post-published");
        assertThat(first.getList("items")).hasSize(20);
        assertThat(first.getString("items[0].subjectTitle")).isEqualTo(marker + " 24");
        var second = stream("leo", "?kind=post-published&before=" + first.getString("next"));
        var mine = second.getList("items.subjectTitle", String.class).stream().filter(t -> t.startsWith(marker)).toList();
        assertThat(mine).containsExactly(marker + " 4", marker + " 3", marker + " 2", marker + " 1", marker + " 0");
        as("leo").get(base + "api/v1/me/stream?before=yesterday").then().statusCode(400).body("errors.field", hasItem("before"));
    }
}
