package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node started as production would be: without the client secret it refuses to deploy; with
 * it, behind HTTPS (Secure cookies), it sends HSTS and lets images load only from the origins
 * configured.
 */
class ProductionSafetyIT {

    @BeforeAll
    static void services() {
        Stack.awaitServices();
    }

    @Test
    void without_a_client_secret_the_application_refuses_to_start_and_with_one_it_is_hardened() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var name = "safety-" + run;
        var environment = new HashMap<>(ServerNode.environment(Map.of("GUILDHALL_DEMO_MODE", "false",
                "GUILDHALL_ES_INDEX_PREFIX", "gh-safety-" + run)));
        environment.remove("GUILDHALL_OIDC_CLIENT_SECRET");
        try (var refused = new ServerNode(name, 600, environment)) {
            refused.startServerOnly();
            Stack.await("the deployment to fail", Duration.ofMinutes(2), () -> log(name).contains("Refusing to start"));
            assertThat(status("http://127.0.0.1:" + (9990 + 600) + "/health/ready")).isEqualTo(503);
        }

        environment.put("GUILDHALL_OIDC_CLIENT_SECRET", System.getenv("GUILDHALL_OIDC_CLIENT_SECRET"));
        environment.put("GUILDHALL_COOKIE_SECURE", "true");
        environment.put("GUILDHALL_CSP_IMG_SRC", "https://images.intranet.example");
        try (var hardened = new ServerNode(name, 600, environment)) {
            hardened.start();
            var response = given().auth().oauth2(Tokens.of("leo")).accept(ContentType.HTML).get(hardened.url());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.header("Strict-Transport-Security")).startsWith("max-age=");
            assertThat(response.header("Content-Security-Policy"))
                    .contains("img-src 'self' data: https://images.intranet.example;");
        }
    }

    private static String log(String node) {
        try {
            var file = Path.of("target/nodes", node, "console.log");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static int status(String url) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
