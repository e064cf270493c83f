package org.guildhall.it;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;

/** Access tokens from the real Keycloak, through the password grant (demo users). */
public final class Tokens {

    private Tokens() {
    }

    private static final java.util.Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * An access token from the development realm's test client (the web client does not allow
     * the password grant). Tokens live five minutes; one per person is reused for a minute.
     */
    public static synchronized String of(String username) {
        var cached = CACHE.get(username);
        if (cached != null && Long.parseLong(cached.substring(0, cached.indexOf(':'))) > System.currentTimeMillis()) {
            return cached.substring(cached.indexOf(':') + 1);
        }
        var token = fresh(username);
        CACHE.put(username, (System.currentTimeMillis() + 60_000) + ":" + token);
        return token;
    }

    /** A new token, never a cached one. */
    public static String fresh(String username) {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", Stack.TEST_CLIENT_ID,
                        "username", username, "password", Stack.PASSWORD, "scope", "openid"))
                .post(Stack.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** A token for a client whose access tokens live one second, for testing expiry. */
    public static String shortLived(String username) {
        var admin = KeycloakAdmin.token();
        var clients = Stack.KEYCLOAK + "/admin/realms/guildhall/clients";
        boolean exists = !given().auth().oauth2(admin).queryParam("clientId", "it-short-lived").get(clients)
                .then().statusCode(200).extract().jsonPath().getList("$").isEmpty();
        if (!exists) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("clientId", "it-short-lived", "publicClient", true, "directAccessGrantsEnabled", true,
                            "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "1")))
                    .post(clients).then().statusCode(201);
        }
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "it-short-lived",
                        "username", username, "password", Stack.PASSWORD))
                .post(Stack.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
