package org.guildhall.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real services the integration tests run against, as started by {@code ./guildhall test}:
 * Keycloak, Elasticsearch, and the WAR this module just built.
 */
public final class Stack {

    public static final String KEYCLOAK = System.getProperty("guildhall.it.keycloak.url", "http://localhost:8190");
    public static final String REALM = KEYCLOAK + "/realms/guildhall";
    public static final String ELASTICSEARCH = System.getProperty("guildhall.it.elasticsearch.url", "http://127.0.0.1:9210");
    public static final String CLIENT_ID = "guildhall";
    public static final String CLIENT_SECRET = System.getenv().getOrDefault("GUILDHALL_OIDC_CLIENT_SECRET", "guildhall-dev-secret");
    public static final String PASSWORD = System.getenv().getOrDefault("GUILDHALL_DEMO_PASSWORD", "guildhall");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static volatile boolean ready;

    private Stack() {
    }

    /** The WAR exactly as built by this module (Arquillian deploys it as guildhall.war). */
    public static WebArchive war() {
        awaitServices();
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/guildhall.war"));
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
