package org.guildhall.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real services the integration tests run against, as started by {@code ./guildhall test}:
 * Keycloak, Elasticsearch, and the WAR this module just built.
 */
public final class Stack {

    public static final String KEYCLOAK = System.getProperty("guildhall.it.keycloak.url", "http://localhost:8190");
    public static final String REALM = KEYCLOAK + "/realms/guildhall";
    public static final String ELASTICSEARCH = System.getProperty("guildhall.it.elasticsearch.url", "http://127.0.0.1:9210");
    /** WildFly's management interface (health) of the server under test. */
    public static final String MANAGEMENT = System.getProperty("guildhall.it.management.url", "http://127.0.0.1:10190");
    /** The PostgreSQL database the server under test uses. */
    public static final String DATABASE = System.getProperty("guildhall.it.db.url", "jdbc:postgresql://127.0.0.1:5432/guildhall_test");
    /** The prefix of the server under test's indices (GUILDHALL_ES_INDEX_PREFIX, as it inherits it). */
    public static final String INDEX_PREFIX = System.getenv().getOrDefault("GUILDHALL_ES_INDEX_PREFIX", "guildhall");

    /** The name of the server under test's database. */
    public static String databaseName() {
        return DATABASE.substring(DATABASE.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    }

    /** The development realm's client for tests and benchmarks: public, password grant only. */
    public static final String TEST_CLIENT_ID = "guildhall-tests";
    public static final String PASSWORD = System.getenv().getOrDefault("GUILDHALL_DEMO_PASSWORD", "guildhall");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static volatile boolean ready;
    private static URL base;

    private Stack() {
    }

    /**
     * The application under test: the WAR exactly as this module built it, on the server Arquillian
     * manages (started once for the run), deployed on first use and kept for every class. A
     * deployment per class cost about six seconds each; state a class leaves behind is the
     * product's to cope with, as it is in production, where nobody redeploys between requests.
     */
    public static synchronized URL base() {
        if (base == null) {
            awaitServices();
            deploy();
            base = url("http://127.0.0.1:" + (8080 + Integer.getInteger("guildhall.it.port.offset", 200)) + "/");
        }
        return base;
    }

    /** Through the server's deployment scanner: the management API would need a user of its own. */
    private static void deploy() {
        var deployments = Path.of("target/server/standalone/deployments");
        var war = deployments.resolve("guildhall.war");
        try {
            for (var suffix : List.of("", ".deployed", ".failed", ".undeployed", ".pending", ".isdeploying")) {
                Files.deleteIfExists(deployments.resolve("guildhall.war" + suffix));
            }
            var copy = deployments.resolve("guildhall.war.copying");
            Files.copy(Path.of("target/guildhall.war"), copy, StandardCopyOption.REPLACE_EXISTING);
            Files.move(copy, war, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("the WAR to be deployed", Duration.ofMinutes(3), () -> {
            var failed = deployments.resolve("guildhall.war.failed");
            if (Files.exists(failed)) {
                throw new AssertionError("the deployment failed: " + read(failed));
            }
            return Files.exists(deployments.resolve("guildhall.war.deployed"));
        });
        await("the application to be ready", Duration.ofMinutes(3), () -> health().contains("guildhall"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static URL url(String address) {
        try {
            return URI.create(address).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    /** Keycloak and Elasticsearch start alongside the build; wait until both answer. */
    public static void awaitServices() {
        if (ready) {
            return;
        }
        await("Keycloak", Duration.ofMinutes(4), () -> ok(REALM + "/.well-known/openid-configuration"));
        await("Elasticsearch", Duration.ofMinutes(2), () -> ok(ELASTICSEARCH + "/_cluster/health"));
        ready = true;
    }

    /** Every change has reached search (or been set aside): the readiness data says no change waits. */
    public static boolean outboxEmpty() {
        return health().contains("\"outboxPending\":0");
    }

    /** Waits for {@link #outboxEmpty}; if in vain, says what still waits and why. */
    public static void awaitOutboxEmpty(String what, Duration timeout) {
        try {
            await(what, timeout, Stack::outboxEmpty);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nhealth: " + health() + "\n" + outboxHead(), e);
        }
    }

    /** The oldest entries still waiting in the outbox. */
    private static String outboxHead() {
        try (var db = java.sql.DriverManager.getConnection(DATABASE, "postgres", "postgres");
             var rows = db.createStatement().executeQuery("""
                     select id, aggregate_type, aggregate_id, attempts, next_attempt_at, claimed_by, claimed_until, last_error
                     from outbox where dead_at is null order by id limit 20""")) {
            var out = new StringBuilder("oldest waiting outbox entries (now ").append(java.time.Instant.now()).append("):\n");
            while (rows.next()) {
                for (int column = 1; column <= 8; column++) {
                    out.append(rows.getString(column)).append(column < 8 ? " | " : "\n");
                }
            }
            return out.toString();
        } catch (java.sql.SQLException e) {
            return "(could not read the outbox: " + e.getMessage() + ")";
        }
    }

    /** The server's readiness report (always answered: 200 when ready, 503 when not). */
    public static String health() {
        try {
            var request = HttpRequest.newBuilder(URI.create(MANAGEMENT + "/health/ready")).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    public static boolean elasticsearchUp() {
        return ok(ELASTICSEARCH + "/_cluster/health");
    }

    /** Polls a condition every 250 ms until it holds or the timeout passes. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen within " + timeout);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
    }

    private static boolean ok(String url) {
        try {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops or starts one of the test instance's services through the launcher. */
    public static void service(String action, String name) {
        var launcher = System.getProperty("guildhall.it.launcher", "../../guildhall");
        try {
            var process = new ProcessBuilder(launcher, "service", action, name).inheritIO().start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError("./guildhall service " + action + " " + name + " failed");
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run the launcher " + launcher, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }
}
