package org.guildhall.it;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** The test realm's administration API, for accounts a test needs that the demo realm lacks. */
final class KeycloakAdmin {

    private static final String REALM_ADMIN = Stack.KEYCLOAK + "/admin/realms/guildhall";

    private KeycloakAdmin() {
    }

    static String token() {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                        "password", System.getenv().getOrDefault("GUILDHALL_KEYCLOAK_ADMIN_PASSWORD", "admin")))
                .post(Stack.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** An employee account with the demo password and the given names, department and title. */
    static void employee(String username, String firstName, String lastName, String department, String title) {
        var admin = token();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true, "firstName", firstName,
                        "lastName", lastName, "email", username + "@guildhall.example",
                        "attributes", Map.of("department", List.of(department), "title", List.of(title)),
                        "credentials", List.of(Map.of("type", "password", "value", Stack.PASSWORD, "temporary", false))))
                .post(REALM_ADMIN + "/users").then().statusCode(201);
        String id = given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(REALM_ADMIN + "/users").then().statusCode(200).extract().path("[0].id");
        var role = given().auth().oauth2(admin).get(REALM_ADMIN + "/roles/employee").then().statusCode(200)
                .extract().as(Map.class);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(role))
                .post(REALM_ADMIN + "/users/" + id + "/role-mappings/realm").then().statusCode(204);
    }
}
