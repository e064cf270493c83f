package org.guildhall.it;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;

/** Access tokens from the real Keycloak, through the password grant (demo users). */
public final class Tokens {

    private Tokens() {
    }

    public static String of(String username) {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", Stack.CLIENT_ID,
                        "client_secret", Stack.CLIENT_SECRET, "username", username, "password", Stack.PASSWORD,
                        "scope", "openid"))
                .post(Stack.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** A token for a client whose access tokens live one second, for testing expiry. */
    public static String shortLived(String username) {
        var admin = given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                        "password", System.getenv().getOrDefault("GUILDHALL_KEYCLOAK_ADMIN_PASSWORD", "admin")))
                .post(Stack.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().<String>path("access_token");
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
