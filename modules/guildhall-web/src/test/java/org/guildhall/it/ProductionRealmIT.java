package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker/keycloak/guildhall-realm.json, the production realm, as Keycloak itself imports it at
 * start-up: the test Keycloak imports it beside the development realm, as "guildhall-production".
 */
class ProductionRealmIT {

    private static final String REALM = Stack.KEYCLOAK + "/realms/guildhall-production";

    @BeforeAll
    static void services() {
        Stack.awaitServices();
    }

    @Test
    void keycloak_imports_the_production_realm_without_accounts_and_with_the_guildhall_client() {
        given().get(REALM + "/.well-known/openid-configuration").then().statusCode(200);
        var admin = KeycloakAdmin.token();
        var realm = given().auth().oauth2(admin).get(Stack.KEYCLOAK + "/admin/realms/guildhall-production").then().statusCode(200)
                .extract().jsonPath();
        assertThat(realm.getBoolean("bruteForceProtected")).isTrue();
        assertThat(realm.getString("sslRequired")).isEqualTo("external");
        assertThat(given().auth().oauth2(admin).get(Stack.KEYCLOAK + "/admin/realms/guildhall-production/users/count")
                .then().statusCode(200).extract().asString().trim()).isEqualTo("0");
        var clients = given().auth().oauth2(admin).queryParam("clientId", "guildhall")
                .get(Stack.KEYCLOAK + "/admin/realms/guildhall-production/clients").then().statusCode(200).extract().jsonPath();
        assertThat(clients.getList("clientId")).containsExactly("guildhall");
        assertThat(clients.getBoolean("[0].directAccessGrantsEnabled")).as("no password grant in production").isFalse();
        assertThat(given().auth().oauth2(admin).queryParam("clientId", "guildhall-tests")
                .get(Stack.KEYCLOAK + "/admin/realms/guildhall-production/clients").then().extract().jsonPath().getList("clientId"))
                .as("no test client in production").isEmpty();
    }
}
