package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.options.Cookie;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two WildFly nodes against one PostgreSQL database and one set of indices, behind HAProxy with
 * sticky sessions, as docker/compose.yaml deploys them. One node is killed with SIGKILL while
 * people write through both, while it runs an import and while a browser is pinned to it; then
 * nothing acknowledged is lost, nothing is done twice (each post once, the import's records once,
 * search holding exactly the database's posts), the other node finishes the import, and the
 * browser carries on on the other node, signed in again by Keycloak without a password.
 */
class ClusterIT {

    /** The load balancer's port; Keycloak's test realm accepts redirects to it (the launcher adds it). */
    private static final int PROXY_PORT = Integer.parseInt(System.getenv().getOrDefault("GUILDHALL_TEST_CLUSTER_PORT", "8470"));
    private static final int IMPORTED_POSTS = 20_000;

    @BeforeAll
    static void services() {
        Stack.awaitServices();
    }

    @Test
    void a_node_dies_and_nothing_is_lost_nothing_done_twice_and_its_people_stay_signed_in() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var prefix = "gh-pg-" + run;
        var database = "guildhall_nodes_" + run;
        var imports = Files.createTempDirectory("guildhall-imports-");
        DurabilityIT.createDatabase(database);
        var env = ServerNode.environment(Map.of("GUILDHALL_DB_DRIVER", "postgresql",
                "GUILDHALL_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + database,
                "GUILDHALL_DB_USER", "postgres", "GUILDHALL_DB_PASSWORD", "postgres", "GUILDHALL_ES_INDEX_PREFIX", prefix,
                // Shared storage for uploads: the node that takes an import over reads the file another received.
                "GUILDHALL_IMPORT_DIR", imports.toString()));
        try (var a = new ServerNode("pg-a-" + run, 300, env); var b = new ServerNode("pg-b-" + run, 400, env);
             var proxy = new LoadBalancer(PROXY_PORT, List.of(a, b)); var browser = new Browser()) {
            // Both boot at once (about half the time of one after the other on two cores).
            a.startServerOnly();
            b.startServerOnly();
            a.awaitReady();
            b.awaitReady();
            DurabilityIT.awaitSearch(a.url());
            DurabilityIT.awaitSearch(b.url());

            // A browser signed in on each node, pinned there by the load balancer's cookie.
            var pages = Map.of(a, signedInOn(browser, proxy, a), b, signedInOn(browser, proxy, b));

            // People write through both nodes.
            var word = "durable" + run;
            var acknowledged = new ConcurrentHashMap<Integer, Long>();
            var bursts = Map.of(a, new DurabilityIT.Burst(word, acknowledged), b, new DurabilityIT.Burst(word, acknowledged, 1_000_000));
            bursts.get(a).writeThrough(a.url(), DurabilityIT.WRITERS.subList(0, 2));
            bursts.get(b).writeThrough(b.url(), DurabilityIT.WRITERS.subList(2, 4));
            bursts.get(a).awaitAcknowledged(40);

            // An import, uploaded through node A and claimed by either; the node running it dies once it is under way.
            var network = "cluster-" + run;
            long importId = upload(a.url(), importFile(network));
            var running = awaitImportUnderWay(a.url(), importId);
            var victim = running.getString("node").startsWith(a.name()) ? a : b;
            var survivor = victim == a ? b : a;
            victim.kill();
            bursts.get(victim).stop();
            var atKill = importState(survivor.url(), importId);
            assertThat(atKill.getLong("done")).as("the import was under way when its node died").isLessThan(atKill.getLong("total"));
            int afterKill = acknowledged.size();
            bursts.get(survivor).awaitAcknowledged(afterKill + 60);
            bursts.get(survivor).stop();
            System.out.printf("Cluster: %d posts acknowledged (%d before %s was killed); import %d of %d lines done at the kill%n",
                    acknowledged.size(), afterKill, victim.name(), atKill.getLong("done"), atKill.getLong("total"));

            // The victim's browser gets its next page from the survivor, signed in again without a password.
            var page = pages.get(victim);
            page.reload();
            page.waitForURL(url -> url.startsWith(proxy.url() + "me/edit"), new com.microsoft.playwright.Page.WaitForURLOptions()
                    .setTimeout(30_000));
            assertThat(page.locator("#username").count()).as("no sign-in form").isZero();
            assertThat(page.locator("#language-choice").count()).as("the profile edit page, signed in").isEqualTo(1);
            assertThat(page.context().cookies().stream().filter(c -> c.name.equals("SERVERID")).findFirst().orElseThrow().value)
                    .isEqualTo(survivor.name());

            // The survivor takes the import over once its node's heartbeat lapses (15 s in the tests),
            // and finishes it: each record once.
            var finished = awaitImportDone(survivor.url(), importId);
            assertThat(finished.getString("state")).isEqualTo("done");
            assertThat(Files.readString(survivor.console())).as("the survivor resumed the import where the victim stopped")
                    .containsPattern("Import " + importId + " \\(CONTENT, cluster.jsonl\\) starts at record [1-9]");
            assertThat(postsIn(database, network)).as("imported posts, each once").isEqualTo(IMPORTED_POSTS);

            DurabilityIT.verify(survivor.url(), word, acknowledged, prefix);

            // Every request's id reaches the response and the JSON access log.
            var requestId = "cluster-check-" + run;
            given().auth().oauth2(Tokens.of("sam")).accept(ContentType.JSON).header("X-Request-Id", requestId)
                    .get(survivor.url() + "api/v1/networks").then().statusCode(200).header("X-Request-Id", requestId);
            Stack.await("the access log line", Duration.ofSeconds(10), () -> accessLogged(survivor.console(), requestId));
        } finally {
            DurabilityIT.dropIndices(prefix);
            DurabilityIT.dropDatabase(database);
        }
    }

    /** A browser session signed in through the load balancer on this node, at the profile edit page. */
    private static com.microsoft.playwright.Page signedInOn(Browser browser, LoadBalancer proxy, ServerNode node) {
        var context = browser.newContext();
        context.addCookies(List.of(new Cookie("SERVERID", node.name()).setDomain("localhost").setPath("/")));
        var page = browser.signIn(context, proxy.url(), "carmen", "me/edit");
        page.waitForURL(url -> url.startsWith(proxy.url() + "me/edit"));
        assertThat(page.locator("#language-choice").count()).isEqualTo(1);
        return page;
    }

    /** One person, one open network and {@link #IMPORTED_POSTS} posts in it, as a content export. */
    private static byte[] importFile(String network) {
        var at = Instant.now().minus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        var lines = new ArrayList<String>();
        lines.add("{\"format\":\"guildhall-content\",\"version\":1,\"source\":\"" + network + "\"}");
        lines.add("{\"type\":\"person\",\"id\":\"author-" + network + "\",\"name\":\"Cluster Author\",\"username\":\"author-" + network
                + "\",\"email\":\"author-" + network + "@cluster.example.com\",\"department\":\"Engineering\"}");
        lines.add("{\"type\":\"network\",\"id\":\"" + network + "\",\"name\":\"Cluster " + network + "\",\"description\":\"d\","
                + "\"purpose\":\"p\",\"visibility\":\"listed\",\"contentAccess\":\"public\",\"joinPolicy\":\"open\","
                + "\"createdBy\":\"author-" + network + "\",\"createdAt\":\"" + at + "\"}");
        for (int i = 0; i < IMPORTED_POSTS; i++) {
            lines.add("{\"type\":\"post\",\"id\":\"" + network + "-post-" + i + "\",\"network\":\"" + network + "\",\"author\":\"author-"
                    + network + "\",\"title\":\"Imported " + i + "\",\"body\":\"Notes number " + i + ".\",\"publishedAt\":\"" + at + "\"}");
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static long upload(String url, byte[] file) {
        return given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON).contentType("application/octet-stream")
                .queryParam("kind", "content").queryParam("name", "cluster.jsonl").body(file)
                .post(url + "api/v1/imports").then().statusCode(202).extract().jsonPath().getLong("id");
    }

    private static JsonPath importState(String url, long id) {
        return given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON).get(url + "api/v1/imports/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitImportUnderWay(String url, long id) {
        var state = new JsonPath[1];
        Stack.await("the import to be under way", Duration.ofSeconds(60), () -> {
            state[0] = importState(url, id);
            return "running".equals(state[0].getString("state")) && state[0].getLong("done") > 0
                    && state[0].getLong("done") < state[0].getLong("total") && state[0].getString("node") != null;
        });
        return state[0];
    }

    private static JsonPath awaitImportDone(String url, long id) {
        var state = new JsonPath[1];
        Stack.await("the import to be finished by the other node", Duration.ofMinutes(4), () -> {
            state[0] = importState(url, id);
            return !List.of("queued", "running").contains(state[0].getString("state"));
        });
        return state[0];
    }

    private static long postsIn(String database, String network) throws SQLException {
        try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "postgres");
             var statement = db.prepareStatement("select count(*), count(distinct p.title) from post p join person a on a.id = p.author_id"
                     + " where a.username = ? and p.deleted_at is null")) {
            statement.setString(1, "author-" + network);
            try (var result = statement.executeQuery()) {
                result.next();
                assertThat(result.getLong(2)).as("distinct titles").isEqualTo(result.getLong(1));
                return result.getLong(1);
            }
        }
    }

    private static boolean accessLogged(Path console, String requestId) {
        try {
            return Files.readAllLines(console, StandardCharsets.UTF_8).stream()
                    .anyMatch(line -> line.contains("\"type\":\"access\"") && line.contains(requestId));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * HAProxy in front of the nodes, as docker/haproxy/haproxy.cfg does it: a cookie pins a browser
     * to a node, health checks on each node's readiness take a dead one out, a request for a dead
     * node goes to a live one.
     */
    private static final class LoadBalancer implements AutoCloseable {

        private final int port;
        private final Process process;

        LoadBalancer(int port, List<ServerNode> nodes) throws IOException {
            this.port = port;
            var config = new StringBuilder("""
                    global
                      maxconn 256
                    defaults
                      mode http
                      option redispatch
                      retries 2
                      timeout connect 2s
                      timeout client 60s
                      timeout server 60s
                    frontend web
                      bind 127.0.0.1:%d
                      default_backend nodes
                    backend nodes
                      balance roundrobin
                      cookie SERVERID insert indirect nocache
                      option httpchk GET /health/ready
                    """.formatted(port));
            for (var node : nodes) {
                config.append("  server ").append(node.name()).append(" 127.0.0.1:").append(node.httpPort())
                        .append(" check port ").append(node.managementPort()).append(" inter 1s fall 2 rise 2 cookie ")
                        .append(node.name()).append('\n');
            }
            var file = Files.createTempFile("haproxy-", ".cfg");
            Files.writeString(file, config);
            process = new ProcessBuilder("haproxy", "-f", file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        }

        String url() {
            return "http://localhost:" + port + "/";
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
