package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * What Prometheus scrapes from a node's management interface: request times per route (the
 * template, not the concrete path), the search outbox, imports and rebuilds, search latency and
 * the JVM; and the request id every response carries.
 */
class MetricsIT extends AgainstTheServer {

    @Test
    void prometheus_scrapes_request_times_per_route_background_work_search_and_the_jvm() {
        as("alice").get(base + "api/v1/networks").then().statusCode(200);
        as("alice").get(base + "api/v1/people/alice").then().statusCode(200);
        as("alice").get(base + "api/v1/people/nobody-at-all").then().statusCode(404);
        as("alice").queryParam("q", "kafka").get(base + "api/v1/search").then().statusCode(200);

        var metrics = given().get(Stack.MANAGEMENT + "/metrics").then().statusCode(200).extract().asString();

        assertThat(count(metrics, "guildhall_http_requests_seconds_count", "GET", "/api/v1/networks", "2xx")).isGreaterThanOrEqualTo(1);
        assertThat(count(metrics, "guildhall_http_requests_seconds_count", "GET", "/api/v1/people/{username}", "2xx"))
                .as("routes by template").isGreaterThanOrEqualTo(1);
        assertThat(count(metrics, "guildhall_http_requests_seconds_count", "GET", "/api/v1/people/{username}", "4xx"))
                .as("and by status class").isGreaterThanOrEqualTo(1);
        assertThat(metrics).doesNotContain("route=\"/api/v1/people/alice\"");
        assertThat(value(metrics, "guildhall_search_latency_seconds_count")).isGreaterThanOrEqualTo(1);
        for (var gauge : new String[] {"guildhall_outbox_pending", "guildhall_outbox_lag_seconds", "guildhall_outbox_dead",
                "guildhall_import_lines_read", "guildhall_import_lines_expected", "guildhall_reindex_documents_written",
                "guildhall_reindex_documents_expected"}) {
            assertThat(value(metrics, gauge)).as(gauge).isGreaterThanOrEqualTo(0);
        }
        assertThat(value(metrics, "jvm_memory_used_bytes")).isPositive();
    }

    @Test
    void every_response_carries_a_request_id_the_callers_own_when_it_sent_one() {
        as("alice").header("X-Request-Id", "integration-4711-abc").get(base + "api/v1/networks").then().statusCode(200)
                .header("X-Request-Id", "integration-4711-abc");
        var made = html("alice").get(base + "networks").then().statusCode(200).extract().header("X-Request-Id");
        assertThat(made).matches("[0-9a-f-]{36}");
        as("alice").header("X-Request-Id", "bad id; with spaces").get(base + "api/v1/networks").then().statusCode(200)
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    /** The sample of a timer's series for one route, method and status class. */
    private static double count(String metrics, String name, String method, String route, String status) {
        return metrics.lines().filter(line -> line.startsWith(name + "{") && line.contains("method=\"" + method + "\"")
                        && line.contains("route=\"" + route + "\"") && line.contains("status=\"" + status + "\""))
                .mapToDouble(MetricsIT::sample).sum();
    }

    /** The first sample of a metric, whatever its labels; -1 when it is missing. */
    private static double value(String metrics, String name) {
        var pattern = Pattern.compile("^" + Pattern.quote(name) + "(\\{.*})? ");
        return metrics.lines().filter(line -> pattern.matcher(line).find()).findFirst().map(MetricsIT::sample).orElse(-1.0);
    }

    private static double sample(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
