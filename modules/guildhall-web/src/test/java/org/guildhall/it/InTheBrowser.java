package org.guildhall.it;

import java.net.URL;

import com.microsoft.playwright.Page;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** Browser tests against the WAR this module built: people sign in on the real Keycloak page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class InTheBrowser {

    final URL deployment = Stack.base();

    /** As a person types it: Keycloak allows redirects back to localhost, the name in GUILDHALL_BASE_URL. */
    String base;

    @BeforeEach
    void useLocalhost() {
        base = Browser.base(deployment);
    }

    /** A fresh session signed in as this person, at {@code base + path}. */
    Page signIn(Browser browser, String username, String path) {
        return browser.signIn(base, username, path);
    }
}
