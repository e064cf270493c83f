package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No acknowledged write is lost when a server dies: nodes of their own (outside Arquillian) take a
 * burst of concurrent writes, one is killed with SIGKILL in the middle, and after a restart every
 * post acknowledged with 201 is there, exactly as sent; whatever was in flight is either wholly
 * there or not at all; and search holds exactly what the database holds (no ghosts), within
 * seconds. On the embedded H2 database with one node here; on PostgreSQL with two nodes, one of
 * which dies, in {@link ClusterIT}.
 */
class DurabilityIT {

    static final List<String> WRITERS = List.of("alice", "bob", "carmen", "priya");

    /** What a post written by this test must look like, from its number alone. */
    record Sent(String title, String body, List<String> tags) {
        static Sent of(String word, int n) {
            return new Sent(word + " post " + n, "Body of " + word + " number " + n + "\n\n" + "x".repeat(n % 50),
                    List.of(word, "n" + n));
        }
    }

    @BeforeAll
    static void services() {
        Stack.awaitServices();
    }

    @Test
    void acknowledged_writes_survive_kill_minus_9_on_the_embedded_database() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var prefix = "gh-h2-" + run;
        var db = java.nio.file.Path.of("target/nodes", "h2-" + run, "db").toAbsolutePath();
        var env = ServerNode.environment(Map.of("GUILDHALL_DB_DRIVER", "h2",
                "GUILDHALL_DB_URL", "jdbc:h2:file:" + db + "/guildhall;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                "GUILDHALL_DB_USER", "sa", "GUILDHALL_DB_PASSWORD", "sa", "GUILDHALL_ES_INDEX_PREFIX", prefix));
        try (var h2 = new ServerNode("h2-" + run, 500, env)) {
            h2.start();
            awaitSearch(h2.url());
            var word = "durable" + run;
            var acknowledged = new ConcurrentHashMap<Integer, Long>();
            var burst = new Burst(word, acknowledged);
            burst.writeThrough(h2.url(), WRITERS);
            burst.awaitAcknowledged(150);
            h2.kill();
            burst.stop();
            System.out.printf("H2: %d posts acknowledged before kill -9, %d attempts in flight or refused%n",
                    acknowledged.size(), burst.failed.get());

            h2.start();
            verify(h2.url(), word, acknowledged, prefix);
        } finally {
            dropIndices(prefix);
        }
    }

    /** A new installation builds its indices at first start; writes wait for nothing, but search does. */
    static void awaitSearch(String url) {
        Stack.await("search on " + url, Duration.ofSeconds(60), () -> given().auth().oauth2(Tokens.of("sam"))
                .accept(ContentType.JSON).queryParam("q", "anything").get(url + "api/v1/posts").statusCode() == 200);
    }

    /** Every acknowledged post is there as sent; nothing half-saved; search holds exactly the database's posts. */
    static void verify(String url, String word, Map<Integer, Long> acknowledged, String prefix) {
        var token = Tokens.of("sam");
        var stored = new ArrayList<Map<String, Object>>();
        for (int page = 1; ; page++) {
            var list = given().auth().oauth2(token).accept(ContentType.JSON).queryParam("tag", word).queryParam("size", 100)
                    .queryParam("page", page).get(url + "api/v1/posts").then().statusCode(200).extract().jsonPath();
            stored.addAll(list.getList("items"));
            if (page >= list.getInt("pages")) {
                break;
            }
        }
        var storedIds = new HashSet<Long>();
        for (var post : stored) {
            long id = ((Number) post.get("id")).longValue();
            storedIds.add(id);
            var title = (String) post.get("title");
            int n = Integer.parseInt(title.substring(title.lastIndexOf(' ') + 1));
            var sent = Sent.of(word, n);
            assertThat(post.get("title")).as("title of post %d", id).isEqualTo(sent.title());
            assertThat(post.get("body")).as("body of post %d", id).isEqualTo(sent.body());
            assertThat(post.get("tags")).as("tags of post %d", id).isEqualTo(sent.tags().stream().sorted().toList());
            if (acknowledged.containsKey(n)) {
                assertThat(acknowledged.get(n)).as("id of acknowledged post %d", n).isEqualTo(id);
            }
        }
        assertThat(storedIds).as("every acknowledged post").containsAll(acknowledged.values());
        assertThat(stored).as("posts, each once").hasSize(storedIds.size());

        Stack.await("search to hold exactly the database's posts", Duration.ofSeconds(30), () ->
                indexedIds(prefix, word).equals(storedIds));
    }

    /** The ids Elasticsearch holds for the word, straight from the installation's post index. */
    private static Set<Long> indexedIds(String prefix, String word) {
        var response = given().contentType(ContentType.JSON)
                .body(Map.of("size", 10_000, "_source", false, "query", Map.of("term", Map.of("tags", word))))
                .post(Stack.ELASTICSEARCH + "/" + prefix + "-posts/_search");
        if (response.statusCode() != 200) {
            return Set.of();
        }
        var ids = new HashSet<Long>();
        response.jsonPath().getList("hits.hits._id", String.class).forEach(id -> ids.add(Long.valueOf(id)));
        return ids;
    }

    /** Writers posting as fast as they can through one node, numbering their posts, until stopped. */
    static final class Burst {

        private final String word;
        private final Map<Integer, Long> acknowledged;
        private final AtomicInteger next;
        private final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger failed = new AtomicInteger();
        private ExecutorService pool;

        Burst(String word, Map<Integer, Long> acknowledged) {
            this(word, acknowledged, 0);
        }

        Burst(String word, Map<Integer, Long> acknowledged, int firstNumber) {
            this.word = word;
            this.acknowledged = acknowledged;
            this.next = new AtomicInteger(firstNumber);
        }

        void writeThrough(String url, List<String> writers) {
            pool = Executors.newFixedThreadPool(writers.size());
            for (var writer : writers) {
                var token = Tokens.of(writer);
                pool.submit(() -> {
                    while (running.get()) {
                        int n = next.incrementAndGet();
                        var sent = Sent.of(word, n);
                        try {
                            var response = given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON)
                                    .body(Map.of("title", sent.title(), "body", sent.body(), "tags", sent.tags(), "publishing", "now"))
                                    .post(url + "api/v1/posts");
                            if (response.statusCode() == 201) {
                                acknowledged.put(n, response.jsonPath().getLong("id"));
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            // A refused connection (the node is dead) arrives undeclared, through Groovy.
                            failed.incrementAndGet();
                        }
                    }
                });
            }
        }

        void awaitAcknowledged(int count) {
            Stack.await(count + " acknowledged posts", Duration.ofSeconds(90), () -> acknowledged.size() >= count);
        }

        void stop() throws InterruptedException {
            running.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    static void createDatabase(String name) throws SQLException {
        try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres");
             var statement = db.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
    }

    static void dropDatabase(String name) throws SQLException {
        try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres");
             var statement = db.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    static void dropIndices(String prefix) {
        var indices = given().get(Stack.ELASTICSEARCH + "/" + prefix + "-*").then().extract().jsonPath().getMap("");
        if (indices != null) {
            indices.keySet().forEach(index -> given().delete(Stack.ELASTICSEARCH + "/" + index));
        }
    }
}
