package org.guildhall.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The production realm import is safe (no accounts, brute-force protection, no password grant on
 * the web client), and the development realm is exactly it plus the demo accounts and the client
 * that tests and benchmarks use, so the two cannot drift apart.
 */
class RealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_production_realm_has_no_accounts_and_protects_passwords() throws IOException {
        var realm = read("../../docker/keycloak/guildhall-realm.json");
        assertThat(realm.has("users")).isFalse();
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("clients")).hasSize(1);
        var web = realm.get("clients").get(0);
        assertThat(web.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.get("publicClient").asBoolean()).isFalse();
    }

    @Test
    void the_development_realm_adds_only_demo_accounts_and_the_test_client() throws IOException {
        var production = read("../../docker/keycloak/guildhall-realm.json");
        var development = (ObjectNode) read("../../docker/keycloak/dev/guildhall-realm.json");
        assertThat(development.get("users")).hasSizeGreaterThanOrEqualTo(9);
        var clients = (ArrayNode) development.get("clients");
        var tests = clients.get(clients.size() - 1);
        assertThat(tests.get("clientId").asText()).isEqualTo("guildhall-tests");
        assertThat(tests.get("publicClient").asBoolean()).isTrue();
        assertThat(tests.get("standardFlowEnabled").asBoolean()).isFalse();

        development.remove("users");
        clients.remove(clients.size() - 1);
        assertThat(development).isEqualTo(production);
    }

    private static JsonNode read(String path) throws IOException {
        return JSON.readTree(new File(path));
    }
}
