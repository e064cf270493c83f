package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * List pages issue a bounded number of SQL statements whatever their length, counted with
 * Hibernate's statistics through WildFly's management API (no test hooks in the product).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryBoundsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    @Test
    void the_network_directory_and_member_list_do_not_grow_with_their_length() throws Exception {
        statistics(true);
        var owner = Tokens.of("omar");
        var slug = network(owner);
        long fewNetworks = statements(owner, "networks?sort=name");
        long fewMembers = statements(owner, "networks/" + slug + "/members");

        for (var person : List.of("alice", "bob", "carmen", "hana", "leo", "priya", "sam")) {
            given().auth().oauth2(Tokens.of(person)).post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        }
        for (int i = 0; i < 6; i++) {
            network(owner);
        }
        assertThat(statements(owner, "networks?sort=name")).isEqualTo(fewNetworks);
        assertThat(statements(owner, "networks/" + slug + "/members")).isEqualTo(fewMembers);
        assertThat(fewNetworks).as("statements for the directory page").isLessThanOrEqualTo(15);
    }

    private String network(String ownerToken) {
        var slug = given().auth().oauth2(ownerToken).contentType(ContentType.JSON)
                .body(Map.of("name", "Bounded " + UUID.randomUUID().toString().substring(0, 8), "description", "d",
                        "purpose", "p", "topics", List.of("a", "b", "c"), "departments", List.of("Operations", "Sales"),
                        "visibility", "listed", "contentAccess", "public", "joinPolicy", "open"))
                .post(base + "api/v1/networks").then().statusCode(201).extract().<String>path("slug");
        given().auth().oauth2(Tokens.of("olivia")).post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        return slug;
    }

    /** Statements one HTML page request prepares (the request is made twice: the first warms caches). */
    private long statements(String token, String path) throws Exception {
        given().auth().oauth2(token).accept(ContentType.HTML).get(base + path).then().statusCode(200);
        long before = counter();
        given().auth().oauth2(token).accept(ContentType.HTML).get(base + path).then().statusCode(200);
        return counter() - before;
    }

    private ModelNode unit() {
        var address = new ModelNode();
        address.add("deployment", "guildhall.war").add("subsystem", "jpa")
                .add("hibernate-persistence-unit", "guildhall.war#guildhall");
        return address;
    }

    private void statistics(boolean enabled) throws Exception {
        var op = new ModelNode();
        op.get("operation").set("write-attribute");
        op.get("address").set(unit());
        op.get("name").set("statistics-enabled");
        op.get("value").set(enabled);
        var result = management.getControllerClient().execute(op);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
    }

    private long counter() throws Exception {
        var op = new ModelNode();
        op.get("operation").set("read-attribute");
        op.get("address").set(unit());
        op.get("name").set("prepared-statement-count");
        var result = management.getControllerClient().execute(op);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
        return result.get("result").asLong();
    }
}
