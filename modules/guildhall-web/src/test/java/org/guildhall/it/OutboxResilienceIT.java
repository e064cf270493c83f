package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import io.restassured.http.ContentType;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With Elasticsearch really stopped, the node stays ready, pages and changes work, search pages
 * say plainly that search is unavailable; once it is back the outbox delivers every change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxResilienceIT {

    final URL base = Stack.base();

    @AfterEach
    void elasticsearchIsBack() {
        if (!Stack.elasticsearchUp()) {
            Stack.service("start", "elasticsearch");
        }
    }

    @Test
    void changes_made_while_elasticsearch_is_down_are_indexed_when_it_returns() {
        var priya = Tokens.of("priya");
        var hana = Tokens.of("hana");
        edit(priya, "Bayesian hierarchical models for churn");
        edit(hana, "Succession planning and internal mobility");

        Stack.service("stop", "elasticsearch");
        assertThat(Stack.elasticsearchUp()).isFalse();

        edit(priya, "Zymurgy enthusiast: fermentation kinetics and yeast genetics");
        edit(hana, "Zymurgy club organiser and mentoring programmes");
        given().auth().oauth2(priya).get(base + "api/v1/me").then()
                .body("about", equalTo("Zymurgy enthusiast: fermentation kinetics and yeast genetics"));
        given().auth().oauth2(priya).accept(ContentType.JSON).get(base + "api/v1/people?q=zymurgy")
                .then().statusCode(503).contentType("application/problem+json");

        // The load balancer keeps the node: readiness reports search as degraded, not down.
        assertThat(Stack.health()).startsWith("{\"status\":\"UP\"").contains("\"state\":\"degraded\"");
        given().auth().oauth2(priya).accept(ContentType.HTML).get(base + "people?q=zymurgy").then().statusCode(503)
                .body(org.hamcrest.Matchers.containsString("Search is unavailable right now. Everything else works"));
        given().auth().oauth2(priya).accept(ContentType.HTML).get(base + "networks?q=cloud").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Search is unavailable right now"));
        given().auth().oauth2(priya).accept(ContentType.HTML).get(base + "blog").then().statusCode(200);
        given().auth().oauth2(priya).accept(ContentType.HTML).get(base + "people/hana").then().statusCode(200);
        // The one search says so plainly, on its page and in the API; its typeahead just offers nothing.
        given().auth().oauth2(priya).accept(ContentType.HTML).get(base + "search?q=zymurgy").then().statusCode(503)
                .body(org.hamcrest.Matchers.containsString("Search is unavailable right now"));
        given().auth().oauth2(priya).accept(ContentType.JSON).get(base + "api/v1/search?q=zymurgy").then().statusCode(503)
                .contentType("application/problem+json");
        given().auth().oauth2(priya).accept(ContentType.HTML).get(base + "search/suggestions?q=zymurgy").then().statusCode(200);

        Stack.service("start", "elasticsearch");
        Stack.await("both changes to be indexed", Duration.ofSeconds(90), () ->
                given().auth().oauth2(priya).accept(ContentType.JSON).queryParam("q", "zymurgy")
                        .get(base + "api/v1/people").then().extract().jsonPath()
                        .getList("items.username", String.class)
                        .containsAll(java.util.List.of("priya", "hana")));
    }

    private void edit(String token, String about) {
        long version = given().auth().oauth2(token).get(base + "api/v1/me").then().statusCode(200)
                .extract().jsonPath().getLong("version");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("about", about, "version", version))
                .put(base + "api/v1/me").then().statusCode(200);
    }
}
