package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The one search, from the outside. A small world is made once per run, with words unique to it:
 * a public network where alice and bob write (a post, a comment, a wiki page) and a members-only
 * network where carmen writes a secret post that bob and sam must never learn of, through
 * results, facet counts, typeahead or "did you mean"; priya, a member there, sees it.
 */
class UnifiedSearchIT extends AgainstTheServer {

    private static World world;

    /** What the tests search for. */
    private record World(String w, String open, String closed, long playbook, long canary, long secret, String wikiPage) {
    }

    private World world() {
        if (world == null) {
            world = build();
        }
        return world;
    }

    private World build() {
        // A fresh deployment may still be building its indices (search answers 503 until then).
        Stack.await("the one search to answer", Duration.ofSeconds(120),
                () -> as("bob").get(base + "api/v1/search?q=ready").statusCode() == 200);
        var w = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var open = network("alice", "Search Guild " + w, "public", "bob");
        var closed = network("carmen", "Vault " + UUID.randomUUID().toString().substring(0, 6), "members-only", "priya");
        long playbook = post("alice", open, "Kubernetes rollout playbook " + w, "Blue green deployment steps for " + w,
                List.of("rollout" + w));
        long canary = post("bob", open, "Canary analysis " + w, "Watching kubernetes canary metrics for " + w,
                List.of("rollout" + w, "metrics" + w));
        long secret = post("carmen", closed, "Secret merger " + w, "Confidential zebraword" + w + " kubernetes " + w,
                List.of("secret" + w));
        as("bob").body(Map.of("body", "Great playbook, helm charts too " + w)).post(base + "api/v1/posts/" + playbook + "/comments")
                .then().statusCode(201);
        var page = as("alice").body(Map.of("title", "Runbook " + w + " Kubernetes", "body", "Run kubectl rollout status for " + w,
                "tags", List.of("runbook" + w))).post(base + "api/v1/networks/" + open + "/wiki/pages").then().statusCode(201)
                .extract().<String>path("slug");
        about("carmen", "Negotiation and kubernetes contracts " + w);
        Stack.awaitOutboxEmpty("the search world to be indexed", Duration.ofSeconds(60));
        given().post(Stack.ELASTICSEARCH + "/guildhall-everything/_refresh").then().statusCode(200);
        return new World(w, open, closed, playbook, canary, secret, page);
    }

    private String network(String owner, String name, String content, String member) {
        var slug = as(owner).body(Map.of("name", name, "description", "Where we talk about " + name, "purpose", "p",
                        "visibility", "listed", "contentAccess", content, "joinPolicy", "open"))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        as(member).post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        return slug;
    }

    private long post(String author, String network, String title, String body, List<String> tags) {
        return as(author).body(Map.of("title", title, "body", body, "tags", tags, "network", network, "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void about(String username, String about) {
        long version = as(username).get(base + "api/v1/me").then().statusCode(200).extract().jsonPath().getLong("version");
        as(username).body(Map.of("about", about, "version", version)).put(base + "api/v1/me").then().statusCode(200);
    }

    private JsonPath search(String as, String query) {
        return as(as).get(base + "api/v1/search?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> facet(JsonPath found, String name) {
        return found.getList("facets." + name + ".value");
    }

    @Test
    void one_search_finds_every_type_with_highlighted_snippets_and_counts() {
        var w = world();
        var found = search("bob", "q=" + w.w());

        assertThat(found.getList("items.type", String.class)).contains("post", "comment", "wiki", "network", "person");
        assertThat(found.getList("items.title", String.class)).contains("Kubernetes rollout playbook " + w.w(),
                "Canary analysis " + w.w(), "Runbook " + w.w() + " Kubernetes", "Search Guild " + w.w());
        assertThat(found.getString("items.find { it.type == 'post' }.snippet") + found.getString("items.find { it.type == 'post' }.titleHtml"))
                .contains("<mark>" + w.w() + "</mark>");
        var types = found.getList("facets.type", Map.class);
        assertThat(types).anySatisfy(t -> assertThat(t).containsEntry("value", "post").containsEntry("count", 2));
        assertThat(types).anySatisfy(t -> assertThat(t).containsEntry("value", "wiki").containsEntry("count", 1));
        assertThat(found.getInt("total")).isEqualTo(found.getList("items").size());
    }

    @Test
    void members_only_content_never_shows_to_outsiders_in_results_facets_typeahead_or_corrections() {
        var w = world();
        for (var outsider : List.of("bob", "sam")) {
            var found = search(outsider, "q=" + w.w());
            assertThat(found.getList("items.title", String.class)).doesNotContain("Secret merger " + w.w());
            assertThat(facet(found, "tag")).doesNotContain("secret" + w.w());
            assertThat(facet(found, "network")).doesNotContain(w.closed());
            assertThat(search(outsider, "q=zebrword" + w.w()).getList("items")).isEmpty();
            assertThat(search(outsider, "q=zebrword" + w.w()).getString("didYouMean")).isNull();
            // A word only hidden content holds behaves like a word nobody wrote: nothing, and no correction.
            assertThat(search(outsider, "q=zebraword" + w.w()).getList("items")).isEmpty();
            assertThat(search(outsider, "q=zebraword" + w.w() + "&exact=true").getString("didYouMean")).isNull();
            assertThat(search(outsider, "q=" + w.w() + "&tag=secret" + w.w()).getInt("total")).isZero();
            assertThat(as(outsider).get(base + "api/v1/search/suggestions?q=Secret merger " + w.w()).then().statusCode(200)
                    .extract().asString()).doesNotContain("Secret merger");
        }
        var member = search("priya", "q=" + w.w());
        assertThat(member.getList("items.title", String.class)).contains("Secret merger " + w.w());
        assertThat(facet(member, "tag")).contains("secret" + w.w());
        assertThat(facet(member, "network")).contains(w.closed());
        assertThat(search("priya", "q=zebrword" + w.w()).getString("correctedTo")).isEqualTo("zebraword" + w.w());
        assertThat(as("priya").get(base + "api/v1/search/suggestions?q=Secret merger " + w.w()).then().statusCode(200)
                .extract().asString()).contains("Secret merger");
    }

    @Test
    void the_query_language_filters_by_tag_type_author_and_network_with_phrases_and_exclusions() {
        var w = world();
        assertThat(search("bob", "q=" + w.w() + " tag:rollout" + w.w()).getList("items.id")).hasSize(2);
        assertThat(search("bob", "q=" + w.w() + " tag:rollout" + w.w() + " -canary").getList("items.title", String.class))
                .containsExactly("Kubernetes rollout playbook " + w.w());
        assertThat(search("bob", "q=" + w.w() + " type:post author:bob").getList("items.title", String.class))
                .containsExactly("Canary analysis " + w.w());
        assertThat(search("bob", "q=\"blue green\" " + w.w()).getList("items.title", String.class))
                .containsExactly("Kubernetes rollout playbook " + w.w());
        assertThat(search("bob", "q=\"green blue\" " + w.w()).getList("items")).isEmpty();
        assertThat(search("bob", "q=" + w.w() + " type:wiki network:" + w.open()).getList("items.title", String.class))
                .containsExactly("Runbook " + w.w() + " Kubernetes");
        assertThat(search("bob", "q=" + w.w() + " type:comment").getList("items.title", String.class))
                .containsExactly("Kubernetes rollout playbook " + w.w());

        as("bob").get(base + "api/v1/search?q=\"unclosed " + w.w()).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q")).body("errors[0].message", containsString("Close the quote"));
        as("bob").get(base + "api/v1/search?q=type:spreadsheet").then().statusCode(400)
                .body("errors[0].message", containsString("person, network, post, comment, wiki"));
        as("bob").get(base + "api/v1/search?q=x&since=decade").then().statusCode(400).body("errors[0].field", equalTo("since"));
        html("bob").get(base + "search?q=tag:").then().statusCode(400).body(containsString("Give tag: a value"));
        html("bob").get(base + "search?q=x&type=spreadsheet").then().statusCode(400).body(containsString("There is no type"));
    }

    @Test
    void picked_facets_combine_and_the_type_switch_keeps_counting_every_type() {
        var w = world();
        var posts = search("bob", "q=" + w.w() + "&type=post&network=" + w.open());
        assertThat(posts.getList("items.type", String.class)).containsOnly("post");
        assertThat(posts.getList("facets.type.value", String.class)).contains("post", "comment", "wiki");
        var tagged = search("bob", "q=" + w.w() + "&type=post&network=" + w.open() + "&tag=metrics" + w.w());
        assertThat(tagged.getList("items.title", String.class)).containsExactly("Canary analysis " + w.w());
        assertThat(tagged.getList("facets.tag.findAll { it.selected }.value", String.class)).containsExactly("metrics" + w.w());
        // A facet's values are alternatives: each is counted as if picked alone, and two picks widen.
        var rollout = search("bob", "q=" + w.w() + "&tag=rollout" + w.w());
        assertThat(rollout.getInt("total")).isEqualTo(2);
        assertThat(rollout.getInt("facets.tag.find { it.value == 'metrics" + w.w() + "' }.count")).isEqualTo(1);
        assertThat(rollout.getInt("facets.tag.find { it.value == 'runbook" + w.w() + "' }.count")).isEqualTo(1);
        assertThat(search("bob", "q=" + w.w() + "&tag=metrics" + w.w() + "&tag=runbook" + w.w()).getList("items.title", String.class))
                .containsExactlyInAnyOrder("Canary analysis " + w.w(), "Runbook " + w.w() + " Kubernetes");
        assertThat(search("bob", "q=" + w.w() + "&type=post&sort=date").getList("items.title", String.class))
                .containsExactly("Canary analysis " + w.w(), "Kubernetes rollout playbook " + w.w());
        assertThat(search("bob", "q=" + w.w() + "&since=older").getInt("total")).isZero();
        // Scoped to the wiki, as its search box does.
        assertThat(search("bob", "q=kubectl&network=" + w.open() + "&type=wiki").getList("items.title", String.class))
                .containsExactly("Runbook " + w.w() + " Kubernetes");
        html("bob").get(base + "search?q=" + w.w() + "&network=" + w.open() + "&type=wiki").then().statusCode(200)
                .body(containsString("data-type=\"wiki\"")).body(containsString("1 result"));
    }

    @Test
    void typos_are_forgiven_and_the_correction_is_offered() {
        var w = world();
        var corrected = search("bob", "q=kubernets " + w.w());
        assertThat(corrected.getString("correctedTo")).isEqualTo("kubernetes " + w.w());
        assertThat(corrected.getList("items.title", String.class)).contains("Runbook " + w.w() + " Kubernetes");

        var asTyped = search("bob", "q=kubernets " + w.w() + "&exact=true");
        assertThat(asTyped.getList("items")).isEmpty();
        assertThat(asTyped.getString("didYouMean")).isEqualTo("kubernetes " + w.w());

        html("bob").queryParam("q", "kubernets " + w.w()).get(base + "search").then().statusCode(200)
                .body(containsString("Showing results for")).body(containsString("Search instead for"));
        html("bob").get(base + "search?q=qqqzzzxxx" + w.w()).then().statusCode(200)
                .body(containsString("Nothing found")).body(containsString("Check the spelling"));
    }

    @Test
    void a_person_found_for_a_subject_shows_the_evidence_the_viewer_may_read() {
        var w = world();
        var outsider = search("bob", "q=kubernetes " + w.w() + "&type=person");
        assertThat(outsider.getList("items.author.username", String.class)).contains("carmen");
        assertThat(outsider.getList("items.find { it.author.username == 'carmen' }.evidence.title", String.class)).isEmpty();

        var member = search("priya", "q=kubernetes " + w.w() + "&type=person");
        assertThat(member.getList("items.find { it.author.username == 'carmen' }.evidence.title", String.class))
                .contains("Secret merger " + w.w());

        // A skill's alias finds the people who declared it, with what they wrote under its name.
        var own = UUID.randomUUID().toString().replace("-", "").substring(0, 8); // not the world's word: its counts stay
        var skill = "Brewology " + own;
        var slug = as("olivia").body(Map.of("name", skill, "category", "Craft", "aliases", List.of("bx" + own)))
                .post(base + "api/v1/admin/skills").then().statusCode(201).extract().<String>path("slug");
        as("bob").body(Map.of("level", 3)).put(base + "api/v1/me/skills/" + slug).then().statusCode(200);
        as("bob").body(Map.of("title", "Notes on brewology", "body", "What I learned about " + skill + " this year.",
                "publishing", "now")).post(base + "api/v1/posts").then().statusCode(201); // on bob's own blog: outside the world's network
        Stack.awaitOutboxEmpty("bob's skill and post to be indexed", Duration.ofSeconds(30));
        given().post(Stack.ELASTICSEARCH + "/guildhall-everything/_refresh").then().statusCode(200);
        given().post(Stack.ELASTICSEARCH + "/guildhall-contributions/_refresh").then().statusCode(200);
        var byAlias = search("sam", "q=bx" + own + "&type=person");
        assertThat(byAlias.getList("items.author.username", String.class)).contains("bob");
        assertThat(byAlias.getList("items.find { it.author.username == 'bob' }.evidence.title", String.class))
                .contains("Notes on brewology");
    }

    @Test
    void typeahead_groups_people_networks_skills_tags_and_pages() {
        var w = world();
        var groups = as("bob").get(base + "api/v1/search/suggestions?q=Runbook " + w.w()).then().statusCode(200).extract().jsonPath();
        assertThat(groups.getList("pages.label", String.class)).contains("Runbook " + w.w() + " Kubernetes");
        assertThat(as("bob").get(base + "api/v1/search/suggestions?q=Search Guild " + w.w()).jsonPath()
                .getList("networks.link", String.class)).contains("/networks/" + w.open());
        assertThat(as("bob").get(base + "api/v1/search/suggestions?q=rollout" + w.w()).jsonPath()
                .getList("tags.label", String.class)).contains("#rollout" + w.w());
        as("olivia").body(Map.of("name", "Kubernology " + w.w(), "category", "Engineering")).post(base + "api/v1/admin/skills")
                .then().statusCode(201);
        assertThat(as("bob").get(base + "api/v1/search/suggestions?q=Kubernology " + w.w()).jsonPath()
                .getList("skills.label", String.class)).contains("Kubernology " + w.w());
        assertThat(as("bob").get(base + "api/v1/search/suggestions?q=Carmen").jsonPath().getList("people.label", String.class))
                .anyMatch(name -> name.startsWith("Carmen"));
        html("bob").get(base + "search/suggestions?q=Runbook " + w.w()).then().statusCode(200)
                .body(containsString("data-group=\"pages\"")).body(containsString("Runbook " + w.w()));
    }

    @Test
    void admins_tune_relevance_at_run_time_after_a_preview() {
        var w = world();
        var word = "rank" + w.w();
        // On alice's own blog, outside the network whose name the other tests search for.
        for (var post : List.of(Map.of("title", "About " + word, "body", "A short note."),
                Map.of("title", "Field notes", "body", (word + " appears here. ").repeat(6) + "More text about many other things."))) {
            var body = new java.util.HashMap<String, Object>(post);
            body.put("publishing", "now");
            as("alice").body(body).post(base + "api/v1/posts").then().statusCode(201);
        }
        Stack.awaitOutboxEmpty("the ranking posts to be indexed", Duration.ofSeconds(30));
        given().post(Stack.ELASTICSEARCH + "/guildhall-everything/_refresh").then().statusCode(200);

        var current = as("olivia").get(base + "api/v1/admin/search/relevance").then().statusCode(200).extract().jsonPath();
        Map<String, Object> weights = current.getMap("weights");
        var bodyFirst = new java.util.HashMap<>(weights);
        bodyFirst.put("title", 0.1);
        bodyFirst.put("body", 10);
        var preview = as("olivia").body(bodyFirst).post(base + "api/v1/admin/search/relevance/preview?q=" + word)
                .then().statusCode(200).extract().jsonPath();
        assertThat(preview.getList("current", String.class).get(0)).isEqualTo("post: About " + word);
        assertThat(preview.getList("proposed", String.class).get(0)).isEqualTo("post: Field notes");

        as("sam").body(Map.of("weights", bodyFirst, "version", current.getLong("version"))).put(base + "api/v1/admin/search/relevance")
                .then().statusCode(403);
        var tooMuch = new java.util.HashMap<>(weights);
        tooMuch.put("title", 50);
        as("olivia").body(Map.of("weights", tooMuch, "version", current.getLong("version"))).put(base + "api/v1/admin/search/relevance")
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        long saved = as("olivia").body(Map.of("weights", bodyFirst, "version", current.getLong("version")))
                .put(base + "api/v1/admin/search/relevance").then().statusCode(200).extract().jsonPath().getLong("version");
        try {
            assertThat(search("bob", "q=" + word).getList("items.title", String.class).get(0)).isEqualTo("Field notes");
            as("olivia").body(Map.of("weights", weights, "version", current.getLong("version"))).put(base + "api/v1/admin/search/relevance")
                    .then().statusCode(409);
        } finally {
            as("olivia").body(Map.of("weights", weights, "version", saved)).put(base + "api/v1/admin/search/relevance")
                    .then().statusCode(200);
        }
        assertThat(search("bob", "q=" + word).getList("items.title", String.class).get(0)).isEqualTo("About " + word);
        html("olivia").get(base + "admin/search").then().statusCode(200).body(containsString("Title weight"));
        html("sam").get(base + "admin/search").then().statusCode(403);
    }

    @Test
    void a_wiki_page_past_its_review_date_ranks_a_little_lower_and_says_so() {
        var w = world();
        var word = "stale" + w.w();
        // In a network of their own, so that the other tests' searches for the world's word don't meet them.
        var network = network("alice", "Freshness " + UUID.randomUUID().toString().substring(0, 6), "public", "bob");
        var slugs = new java.util.ArrayList<String>();
        for (var title : List.of("Guide A", "Guide B")) {
            slugs.add(as("alice").body(Map.of("title", title, "body", "How to " + word + " safely."))
                    .post(base + "api/v1/networks/" + network + "/wiki/pages").then().statusCode(201).extract().<String>path("slug"));
        }
        var due = slugs.get(Math.abs(word.hashCode()) % 2);
        as("alice").body(Map.of("reviewBy", "2020-01-01")).put(base + "api/v1/networks/" + network + "/wiki/pages/" + due + "/settings")
                .then().statusCode(200);
        Stack.awaitOutboxEmpty("the pages to be indexed", Duration.ofSeconds(30));
        given().post(Stack.ELASTICSEARCH + "/guildhall-everything/_refresh").then().statusCode(200);

        var found = search("bob", "q=" + word + "&type=wiki");
        assertThat(found.getList("items.url", String.class)).hasSize(2);
        assertThat(found.getString("items[1].url")).endsWith("/wiki/" + due);
        assertThat(found.getBoolean("items[1].stale")).isTrue();
        assertThat(found.getBoolean("items[0].stale")).isFalse();
    }

    @Test
    void admins_see_index_health_document_counts_and_outbox_lag() {
        world();
        var health = as("olivia").get(base + "api/v1/admin/search").then().statusCode(200).extract().jsonPath();
        assertThat(health.getBoolean("available")).isTrue();
        assertThat(health.getLong("indices.find { it.alias == 'guildhall-everything' }.documents")).isPositive();
        assertThat(health.getString("indices.find { it.alias == 'guildhall-everything' }.health")).isIn("green", "yellow");
        assertThat(health.getMap("outbox")).containsKey("lagSeconds");
        as("sam").get(base + "api/v1/admin/search").then().statusCode(403);
        assertThat(Stack.health()).contains("outboxLagSeconds");
        given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.HTML).get(base + "admin").then().statusCode(200)
                .body(containsString("guildhall-everything")).body(containsString("Documents"));
    }
}
