package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Rebuilding every index from the database: on an admin's request with progress and no moment
 * without search, and by itself when an index turns out to belong to another database.
 */
class ReindexIT extends AgainstTheServer {

    @Test
    void an_admin_rebuilds_every_index_while_search_keeps_answering() throws Exception {
        awaitNoRebuild();
        var word = "reidx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long id = as("hana").body(Map.of("title", "Rebuilt " + word, "body", "b", "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        Stack.await("the post to be searchable", Duration.ofSeconds(15), () -> found(word).contains((int) id));
        var before = liveIndex("posts");

        var misses = new CopyOnWriteArrayList<String>();
        var searches = new AtomicInteger();
        var searching = new AtomicBoolean(true);
        var searcher = new Thread(() -> {
            while (searching.get()) {
                var response = as("sam").queryParam("q", word).get(base + "api/v1/posts");
                searches.incrementAndGet();
                if (response.statusCode() != 200 || !response.jsonPath().getList("items.id").contains((int) id)) {
                    misses.add(response.statusCode() + " " + response.asString());
                }
            }
        });
        searcher.start();

        as("sam").post(base + "api/v1/admin/reindex").then().statusCode(403);
        var job = as("olivia").post(base + "api/v1/admin/reindex").then().statusCode(202).extract().jsonPath();
        long jobId = job.getLong("id");
        var done = awaitJob(jobId);
        searching.set(false);
        searcher.join();

        assertThat(done.getString("state")).isEqualTo("done");
        assertThat(done.getLong("total")).isPositive().isEqualTo(done.getLong("done"));
        assertThat(done.getInt("percent")).isEqualTo(100);
        assertThat(done.getDouble("documentsPerSecond")).isPositive();
        assertThat(done.getString("indexingAt")).isNotNull();
        assertThat(searches.get()).as("searches during the rebuild").isGreaterThan(5);
        assertThat(misses).as("searches that failed or missed the post during the rebuild").isEmpty();
        assertThat(liveIndex("posts")).isNotEqualTo(before).startsWith("guildhall-posts-v2-");
        given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.HTML).get(base + "admin/reindex/" + jobId)
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("Done"));
    }

    @Test
    void an_index_built_from_another_database_is_rebuilt_at_once() {
        awaitNoRebuild();
        var word = "foreign" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long id = as("leo").body(Map.of("title", "Ours " + word, "body", "b", "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        Stack.await("the post to be searchable", Duration.ofSeconds(15), () -> found(word).contains((int) id));
        var before = liveIndex("networks");

        // As if this cluster's index had been built from some other database.
        given().contentType(ContentType.JSON).body(Map.of("_meta", Map.of("database", "another-database", "mappingVersion", 2)))
                .put(Stack.ELASTICSEARCH + "/guildhall-networks/_mapping").then().statusCode(200);

        Stack.await("the foreign index to be replaced", Duration.ofSeconds(60), () -> !liveIndex("networks").equals(before)
                && as("olivia").get(base + "api/v1/networks?q=cloud").statusCode() == 200);
        var meta = given().get(Stack.ELASTICSEARCH + "/guildhall-networks/_mapping").then().statusCode(200).extract().jsonPath();
        assertThat(meta.getMap("").values().iterator().next().toString()).doesNotContain("another-database");
        Stack.await("search to answer again", Duration.ofSeconds(30), () -> found(word).contains((int) id));
        awaitNoRebuild();
        assertThat(as("olivia").get(base + "api/v1/admin/reindex").jsonPath().getString("[0].reason"))
                .contains("another database");
    }

    /** A fresh deployment may be building its indices; a request now would answer that rebuild. */
    private void awaitNoRebuild() {
        Stack.await("no rebuild to be under way", Duration.ofSeconds(60), () -> as("olivia").get(base + "api/v1/admin/reindex")
                .then().statusCode(200).extract().jsonPath().getList("state").stream()
                .noneMatch(state -> "requested".equals(state) || "running".equals(state)));
    }

    private List<Object> found(String word) {
        return as("sam").queryParam("q", word).get(base + "api/v1/posts").then().extract().jsonPath().getList("items.id");
    }

    private static String liveIndex(String name) {
        var aliases = given().get(Stack.ELASTICSEARCH + "/_alias/guildhall-" + name).then().statusCode(200).extract().jsonPath();
        return aliases.getMap("").keySet().iterator().next().toString();
    }

    private JsonPath awaitJob(long id) {
        var last = new JsonPath[1];
        Stack.await("the rebuild to finish", Duration.ofSeconds(120), () -> {
            last[0] = as("olivia").get(base + "api/v1/admin/reindex/" + id).then().statusCode(200).extract().jsonPath();
            return List.of("done", "failed").contains(last[0].getString("state"));
        });
        return last[0];
    }
}
