package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The server under test drains its outbox with two workers (GUILDHALL_OUTBOX_WORKERS=2), which
 * claim entries through the database exactly as two nodes would. With a poison entry at the head
 * of the queue and a burst of concurrent writes and edits, search converges to the database's
 * truth; the poison is set aside, shown to admins and counted in health, and blocks nothing.
 */
class OutboxConvergenceIT extends AgainstTheServer {

    @Test
    void two_drainers_and_a_poison_entry_converge_to_the_database() throws Exception {
        var poison = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        long poisonId = insertOutboxEntryFirstInLine(poison);

        var word = "conv" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var titles = new ConcurrentHashMap<Long, String>();
        var pool = Executors.newFixedThreadPool(4);
        for (var author : List.of("alice", "bob", "carmen", "priya")) {
            pool.submit(() -> {
                for (int i = 0; i < 6; i++) {
                    long id = as(author).body(Map.of("title", word + " draft " + i, "body", "About " + word, "publishing", "now"))
                            .post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
                    for (int edit = 1; edit <= 3; edit++) {
                        var title = word + " " + author + " " + i + " edit " + edit;
                        as(author).body(Map.of("title", title, "body", "About " + word + " " + edit, "publishing", "now"))
                                .put(base + "api/v1/posts/" + id).then().statusCode(200);
                        titles.put(id, title);
                    }
                    as("sam").body(Map.of("body", "Comment on " + word)).post(base + "api/v1/posts/" + id + "/comments")
                            .then().statusCode(201);
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        assertThat(titles).hasSize(24);

        Stack.awaitOutboxEmpty("every change to reach search", Duration.ofSeconds(30));
        Stack.await("search to hold the database's titles", Duration.ofSeconds(10), () -> indexedTitles(word).equals(titles));
        assertThat(indexedTitles(word)).as("what search holds, by post").isEqualTo(Map.copyOf(titles));

        // The poison was set aside, not retried forever, and admins can see why.
        as("olivia").get(base + "api/v1/admin/outbox/failed?size=100").then().statusCode(200)
                .body("items.aggregateType", hasItem(poison))
                .body("items.find { it.aggregateType == '" + poison + "' }.error", containsString("nothing indexes"));
        assertThat(Stack.health()).containsPattern("\"outboxFailed\":[1-9]");
        given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.HTML).get(base + "admin").then().statusCode(200)
                .body(containsString(poison));
        as("sam").get(base + "api/v1/admin/outbox/failed").then().statusCode(403);
        given().auth().oauth2(Tokens.of("sam")).accept(ContentType.HTML).get(base + "admin").then().statusCode(403);

        // Retrying puts it back in the queue (it fails again); discarding removes it.
        as("olivia").post(base + "api/v1/admin/outbox/" + poisonId + "/retry").then().statusCode(204);
        Stack.await("the retried poison to be set aside again", Duration.ofSeconds(15), () ->
                failedIds().contains(poisonId));
        as("olivia").delete(base + "api/v1/admin/outbox/" + poisonId).then().statusCode(204);
        assertThat(failedIds()).doesNotContain(poisonId);
        as("olivia").delete(base + "api/v1/admin/outbox/" + poisonId).then().statusCode(404);
    }

    /** The title of every post with the word, as Elasticsearch holds it (straight from the index). */
    private static Map<Long, String> indexedTitles(String word) {
        given().post(Stack.ELASTICSEARCH + "/guildhall-posts/_refresh").then().statusCode(200);
        var hits = given().contentType(ContentType.JSON)
                .body(Map.of("size", 100, "query", Map.of("match", Map.of("body", word))))
                .post(Stack.ELASTICSEARCH + "/guildhall-posts/_search").then().statusCode(200).extract().jsonPath();
        var result = new java.util.HashMap<Long, String>();
        List<Map<String, Object>> found = hits.getList("hits.hits");
        for (var hit : found) {
            @SuppressWarnings("unchecked")
            var source = (Map<String, Object>) hit.get("_source");
            result.put(Long.valueOf((String) hit.get("_id")), (String) source.get("title"));
        }
        return result;
    }

    /**
     * An entry nothing can index, first in line: its id is below every pending entry and below
     * every id the sequence can still hand out (Hibernate takes blocks of 50 above its last value).
     */
    private static long insertOutboxEntryFirstInLine(String type) throws SQLException {
        try (var db = DriverManager.getConnection(Stack.DATABASE, "postgres", "postgres");
             var lowest = db.createStatement().executeQuery(
                     "select least(coalesce((select min(id) from outbox), 1000000000), (select last_value from outbox_seq) - 50)");
             var insert = db.prepareStatement("insert into outbox (id, aggregate_type, aggregate_id, created_at, attempts,"
                     + " next_attempt_at) values (?, ?, 1, now(), 0, now())")) {
            lowest.next();
            // A young database has no such id yet: then far above anything the sequence will reach in a test run.
            long id = lowest.getLong(1) > 1 ? lowest.getLong(1) - 1 : 9_000_000_000L;
            insert.setLong(1, id);
            insert.setString(2, type);
            insert.executeUpdate();
            return id;
        }
    }

    private List<Long> failedIds() {
        return as("olivia").get(base + "api/v1/admin/outbox/failed?size=100").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
    }
}
