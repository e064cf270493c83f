package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Backup and restore as docs/operations.md tells it: {@code pg_dump} of the live database,
 * {@code pg_restore} into an empty one, a Guildhall node started on it with indices of its own,
 * the rebuild command's API call; then every post, wiki page, question and person the original
 * installation's search holds is found again, and the ones written just before the backup by a
 * search through the API.
 */
class BackupRestoreIT extends AgainstTheServer {

    private static final List<String> INDICES = List.of("posts", "people", "wiki-pages", "questions");

    @Test
    void a_restored_database_with_rebuilt_indices_finds_everything_again() throws Exception {
        var word = "backup" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        written(word);
        Stack.awaitOutboxEmpty("the writes to reach search", Duration.ofSeconds(60));

        var dump = Files.createTempFile("guildhall-", ".dump");
        var restored = "guildhall_restored_" + word;
        var prefix = "gh-restored-" + word;
        try {
            run("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "--format=custom", "--file=" + dump, Stack.databaseName());
            DurabilityIT.createDatabase(restored);
            run("pg_restore", "-h", "127.0.0.1", "-U", "postgres", "--no-owner", "--dbname=" + restored, dump.toString());

            var env = ServerNode.environment(Map.of("GUILDHALL_DB_DRIVER", "postgresql",
                    "GUILDHALL_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + restored,
                    "GUILDHALL_DB_USER", "postgres", "GUILDHALL_DB_PASSWORD", "postgres", "GUILDHALL_ES_INDEX_PREFIX", prefix));
            try (var node = new ServerNode("restored-" + word, 600, env)) {
                node.start();
                rebuild(node.url());
                for (var index : INDICES) {
                    assertThat(ids(prefix + "-" + index)).as(index + " after the restore").isEqualTo(ids(Stack.INDEX_PREFIX + "-" + index));
                }
                var found = given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON).queryParam("q", word)
                        .get(node.url() + "api/v1/search").then().statusCode(200).extract().jsonPath();
                assertThat(found.getList("items.type", String.class)).as("what the search finds")
                        .contains("post", "wiki", "question");
            }
        } finally {
            Files.deleteIfExists(dump);
            DurabilityIT.dropIndices(prefix);
            DurabilityIT.dropDatabase(restored);
        }
    }

    /** A post, a wiki page and a question with the word, just before the backup. */
    private void written(String word) {
        as("alice").body(Map.of("title", "Post " + word, "body", "About " + word, "tags", List.of(word), "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(201);
        as("alice").body(Map.of("title", "How do we restore " + word + "?", "body", "What about " + word + "?",
                        "tags", List.of(word), "skills", List.of()))
                .post(base + "api/v1/questions").then().log().ifValidationFails().statusCode(201);
        var network = as("alice").body(Map.of("name", "Backup " + word, "description", "d", "purpose", "p",
                        "visibility", "listed", "contentAccess", "public", "joinPolicy", "open"))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(base + "api/v1/networks/" + network + "/approve").then().statusCode(200);
        as("alice").body(Map.of("title", "Page " + word, "body", "Runbook for " + word, "tags", List.of("Runbooks")))
                .post(base + "api/v1/networks/" + network + "/wiki/pages").then().statusCode(201);
    }

    /** What ./guildhall reindex does: ask for a rebuild and wait until it is done. */
    private static void rebuild(String url) {
        var job = given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON).post(url + "api/v1/admin/reindex")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        Stack.await("the rebuild on the restored database", Duration.ofMinutes(3), () -> {
            var state = given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON).get(url + "api/v1/admin/reindex/" + job)
                    .then().statusCode(200).extract().jsonPath().getString("state");
            assertThat(state).isNotEqualTo("failed");
            return "done".equals(state);
        });
    }

    /** Every document id in an index (through its alias), by scrolling. */
    private static Set<String> ids(String alias) {
        var ids = new HashSet<String>();
        var page = given().contentType(ContentType.JSON).queryParam("scroll", "1m")
                .body(Map.of("size", 2000, "_source", false, "query", Map.of("match_all", Map.of())))
                .post(Stack.ELASTICSEARCH + "/" + alias + "/_search").then().statusCode(200).extract().jsonPath();
        while (!page.getList("hits.hits").isEmpty()) {
            ids.addAll(page.getList("hits.hits._id", String.class));
            page = given().contentType(ContentType.JSON).body(Map.of("scroll", "1m", "scroll_id", page.getString("_scroll_id")))
                    .post(Stack.ELASTICSEARCH + "/_search/scroll").then().statusCode(200).extract().jsonPath();
        }
        return ids;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
