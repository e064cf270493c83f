package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.time.Duration;
import java.util.Base64;

import io.restassured.http.ContentType;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in against the real Keycloak: profiles from claims, and the API's answers to bad tokens and input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    final URL base = Stack.base();

    @Test
    void first_sign_in_creates_a_profile_from_the_token_claims() {
        given().auth().oauth2(Tokens.of("leo")).accept(ContentType.JSON)
                .get(base + "api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("leo"))
                .body("displayName", equalTo("Leo Schmidt"))
                .body("email", equalTo("leo@guildhall.example"))
                .body("department", equalTo("Legal"))
                .body("title", equalTo("Corporate Counsel"));
    }

    @Test
    void the_api_answers_401_without_a_token() {
        given().accept(ContentType.JSON).get(base + "api/v1/me")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void the_api_answers_401_for_a_tampered_token() {
        var parts = Tokens.of("leo").split("\\.");
        var payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"leo\"", "\"olivia\"");
        var forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        given().auth().oauth2(forged).accept(ContentType.JSON).get(base + "api/v1/me").then().statusCode(401);
    }

    @Test
    void the_api_answers_401_for_an_expired_token() {
        var token = Tokens.shortLived("leo");
        Stack.await("token expiry", Duration.ofSeconds(30), () ->
                given().auth().oauth2(token).accept(ContentType.JSON).get(base + "api/v1/me").statusCode() == 401);
    }

    @Test
    void a_browser_without_a_session_is_sent_to_the_keycloak_login() {
        var location = given().redirects().follow(false).accept(ContentType.HTML).get(base.toString())
                .then().statusCode(302).extract().header("Location");
        assertThat(location).startsWith(Stack.REALM + "/protocol/openid-connect/auth");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        given().auth().oauth2(Tokens.of("leo")).contentType(ContentType.JSON).body("{\"about\": ")
                .put(base + "api/v1/me")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("That request was not valid"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void an_unknown_address_shows_the_404_page_without_internals() {
        given().auth().oauth2(Tokens.of("leo")).accept(ContentType.HTML)
                .get(base + "no/such/page")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Page not found"))
                .body(not(containsString("Exception")));
    }

    @Test
    void an_unknown_api_address_is_a_404_problem() {
        given().auth().oauth2(Tokens.of("leo")).accept(ContentType.JSON)
                .get(base + "api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void a_nonsense_page_number_is_a_400_problem() {
        given().auth().oauth2(Tokens.of("leo")).accept(ContentType.JSON).queryParam("page", "two")
                .get(base + "api/v1/people")
                .then().statusCode(400).body("detail", containsString("'page' must be a whole number"));
    }

    @Test
    void pages_carry_a_strict_content_security_policy() {
        given().auth().oauth2(Tokens.of("leo")).accept(ContentType.HTML).get(base.toString())
                .then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("img-src 'self' data:;"))
                .header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue())
                .header("X-Content-Type-Options", "nosniff");
    }
}
