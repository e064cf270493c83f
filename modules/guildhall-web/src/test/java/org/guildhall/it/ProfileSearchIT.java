package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Profile edits reach search through the outbox, and bad edits change nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProfileSearchIT {

    final URL base = Stack.base();

    @Test
    void a_profile_change_becomes_searchable() {
        var token = Tokens.of("omar");
        long version = me(token).getLong("version");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("about", "I run cold-chain logistics and know reefer containers inside out.",
                        "location", "Rotterdam", "version", version))
                .put(base + "api/v1/me")
                .then().statusCode(200).body("location", equalTo("Rotterdam"));

        Stack.await("the change to be searchable", Duration.ofSeconds(10),
                () -> usernamesFound(token, "reefer").contains("omar"));
        given().auth().oauth2(token).accept(ContentType.JSON).queryParam("q", "reefer")
                .get(base + "api/v1/people")
                .then().body("items[0].snippet", containsString("<mark>reefer</mark>"));
    }

    @Test
    void people_are_found_by_partial_name_and_department() {
        var token = Tokens.of("carmen");
        me(token);
        Stack.await("carmen to be indexed", Duration.ofSeconds(10), () -> usernamesFound(token, "Carm").contains("carmen"));
        Stack.await("search by department", Duration.ofSeconds(10), () -> usernamesFound(token, "marketing").contains("carmen"));
    }

    @Test
    void an_over_long_about_is_rejected_with_a_field_message_and_nothing_changes() {
        var token = Tokens.of("sam");
        var before = me(token);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("about", "x".repeat(4001), "version", before.getLong("version")))
                .put(base + "api/v1/me")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("about"))
                .body("errors.message", hasItem("About you can be at most 4000 characters."));
        given().auth().oauth2(token).get(base + "api/v1/me").then()
                .body("version", equalTo(before.getInt("version")));
    }

    @Test
    void a_stale_edit_is_a_409_and_does_not_overwrite() {
        var token = Tokens.of("bob");
        long version = me(token).getLong("version");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("about", "First edit", "version", version))
                .put(base + "api/v1/me").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("about", "Edit from an old tab", "version", version))
                .put(base + "api/v1/me").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(token).get(base + "api/v1/me").then().body("about", equalTo("First edit"));
    }

    @Test
    void a_typo_still_finds_the_person_and_a_department_narrows_the_list() {
        for (var person : List.of("priya", "carmen", "alice")) {
            me(Tokens.of(person));
        }
        var token = Tokens.of("bob");
        Stack.await("Priya despite the typo", Duration.ofSeconds(10), () -> usernamesFound(token, "pryia").contains("priya"));
        // Found by name, not by browsing everyone: other tests add people, and the first page may not reach them.
        Stack.await("everyone to be indexed", Duration.ofSeconds(10),
                () -> List.of("priya", "carmen", "alice").stream().allMatch(p -> usernamesFound(token, p).contains(p)));

        var research = given().auth().oauth2(token).accept(ContentType.JSON).queryParam("department", "Research").queryParam("size", "100")
                .get(base + "api/v1/people").then().statusCode(200).extract().jsonPath();
        assertThat(research.getList("items.username", String.class)).contains("priya").doesNotContain("carmen", "alice");
        assertThat(research.getList("items.department", String.class)).containsOnly("Research");
        assertThat(found(token, "Marketing")).contains("carmen").doesNotContain("priya", "alice");
    }

    @Test
    void an_unknown_person_is_a_404() {
        given().auth().oauth2(Tokens.of("bob")).accept(ContentType.JSON)
                .get(base + "api/v1/people/nobody-by-this-name")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private io.restassured.path.json.JsonPath me(String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON).get(base + "api/v1/me")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Everyone, or one department's people, browsed without words. */
    private List<String> found(String token, String department) {
        var request = given().auth().oauth2(token).accept(ContentType.JSON).queryParam("size", "100");
        if (department != null) {
            request = request.queryParam("department", department);
        }
        return request.get(base + "api/v1/people").then().statusCode(200).extract().jsonPath().getList("items.username", String.class);
    }

    /** Who the search finds; nobody while the indices are still being built (503), as right after deployment. */
    private List<String> usernamesFound(String token, String q) {
        var response = given().auth().oauth2(token).accept(ContentType.JSON).queryParam("q", q).get(base + "api/v1/people");
        if (response.statusCode() == 503) {
            return List.of();
        }
        return response.then().statusCode(200).extract().jsonPath().getList("items.username", String.class);
    }
}
