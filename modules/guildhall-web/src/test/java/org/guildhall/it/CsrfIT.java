package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forged requests riding on a real browser session (signed in through Keycloak's page) are
 * refused whatever they look like, and nothing changes; the same change made from Guildhall's own
 * page goes through. Bearer-token calls need no token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CsrfIT {

    final URL deployment = Stack.base();

    /** A signed-in browser's session cookie and the CSRF token its pages carry. */
    private record Session(String cookie, String token) {
    }

    @Test
    void forged_requests_of_every_kind_are_refused_and_change_nothing() {
        var base = Browser.base(deployment);
        var slug = openNetwork();
        var session = signIn(base, "sam");
        var join = base + "networks/" + slug + "/join";

        Map<String, Function<RequestSpecification, Response>> forgeries = Map.of(
                "a text/plain body", r -> r.contentType("text/plain").body("x=1").post(join),
                "no body at all", r -> r.post(join),
                "a form without the token", r -> r.contentType(ContentType.URLENC).formParam("x", "1").post(join),
                "a form with a wrong token", r -> r.contentType(ContentType.URLENC).formParam("_csrf", "forged").post(join),
                "JSON without the token", r -> r.contentType(ContentType.JSON).body("{}").post(join),
                "the right token from a sibling host", r -> r.header("Sec-Fetch-Site", "same-site")
                        .contentType(ContentType.URLENC).formParam("_csrf", session.token()).post(join),
                "the right token from another origin", r -> r.header("Origin", "https://intranet-wiki.example")
                        .contentType(ContentType.URLENC).formParam("_csrf", session.token()).post(join),
                "a DELETE without the token", r -> r.delete(base + "api/v1/posts/1"),
                "a multipart form without the token", r -> r.multiPart("x", "1").post(join));
        forgeries.forEach((what, forge) -> {
            var response = forge.apply(given().redirects().follow(false).cookie("JSESSIONID", session.cookie())
                    .accept(ContentType.HTML));
            assertThat(response.statusCode()).as("a forged request with " + what).isEqualTo(403);
        });
        assertThat(standing("sam", slug)).as("sam's standing after the forgeries").isNull();

        // The same request from Guildhall's own page: same origin, the session's token.
        given().redirects().follow(false).cookie("JSESSIONID", session.cookie()).header("Sec-Fetch-Site", "same-origin")
                .header("Origin", base.replaceAll("/$", "")).contentType(ContentType.URLENC)
                .formParam("_csrf", session.token()).post(join).then().statusCode(303);
        assertThat(standing("sam", slug)).isEqualTo("active");
    }

    @Test
    void sign_out_cannot_be_forged_either() {
        var base = Browser.base(deployment);
        var session = signIn(base, "leo");
        given().redirects().follow(false).cookie("JSESSIONID", session.cookie()).contentType("text/plain")
                .post(base + "sign-out").then().statusCode(403);
        given().redirects().follow(false).cookie("JSESSIONID", session.cookie()).accept(ContentType.HTML)
                .get(base + "me/edit").then().statusCode(200);
    }

    @Test
    void bearer_token_calls_need_no_csrf_token() {
        var slug = openNetwork();
        given().auth().oauth2(Tokens.of("hana")).accept(ContentType.JSON).post(Browser.base(deployment)
                + "api/v1/networks/" + slug + "/join").then().statusCode(200);
    }

    private String openNetwork() {
        var slug = given().auth().oauth2(Tokens.of("omar")).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("name", "Forgery target " + UUID.randomUUID().toString().substring(0, 8), "description", "d",
                        "purpose", "p", "visibility", "listed", "contentAccess", "public", "joinPolicy", "open"))
                .post(Browser.base(deployment) + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        given().auth().oauth2(Tokens.of("olivia")).post(Browser.base(deployment) + "api/v1/networks/" + slug + "/approve")
                .then().statusCode(200);
        return slug;
    }

    private String standing(String username, String slug) {
        return given().auth().oauth2(Tokens.of(username)).accept(ContentType.JSON)
                .get(Browser.base(deployment) + "api/v1/networks/" + slug).then().statusCode(200)
                .extract().path("mine.state");
    }

    /** Signs in through the real Keycloak page in Chromium and keeps the session cookie and a page's token. */
    private static Session signIn(String base, String username) {
        try (var browser = new Browser()) {
            var page = browser.signIn(base, username, "me/edit");
            page.waitForSelector("input[name=_csrf]", new com.microsoft.playwright.Page.WaitForSelectorOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            var token = page.getAttribute("input[name=_csrf]", "value");
            var cookie = page.context().cookies(List.of(base)).stream().filter(c -> "JSESSIONID".equals(c.name))
                    .findFirst().orElseThrow().value;
            return new Session(cookie, token);
        }
    }
}
