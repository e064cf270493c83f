package org.guildhall.it;

import static io.restassured.RestAssured.given;

import java.net.URL;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tests that talk to the WAR this module built, on the provisioned server Arquillian manages
 * (deployed once for the run: {@link Stack#base()}), as the demo people (bearer tokens from the
 * real Keycloak).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class AgainstTheServer {

    final URL base = Stack.base();

    /** A JSON call as this person. */
    RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    /** A page request as this person. */
    RequestSpecification html(String username) {
        return given().auth().oauth2(Tokens.of(username)).accept(ContentType.HTML);
    }
}
