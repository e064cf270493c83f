package org.guildhall.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The life of a network in the browser, with three people in three browser sessions: propose,
 * approve, request, approve the request, promote, and the last-owner rule.
 */
class NetworkJourneyIT extends InTheBrowser {

    @Test
    void propose_approve_request_approve_promote_and_hand_over() {
        var name = "Quantum Computing Circle " + UUID.randomUUID().toString().substring(0, 4);
        // Sponsoring departments come from the people directory: Research is Priya's.
        io.restassured.RestAssured.given().auth().oauth2(Tokens.of("priya")).get(deployment + "api/v1/me").then().statusCode(200);
        try (var browser = new Browser()) {
            var alice = signIn(browser, "alice", "networks/new");
            alice.fill("#name", "");
            alice.click("button:has-text('Submit proposal')");
            assertThat(alice.locator("#name-error")).hasText("Give the network a name.");
            alice.fill("#name", name);
            alice.fill("#description", "Qubits, algorithms and what they mean for us.");
            alice.fill("#purpose", "Learn together and spot early use cases.");
            alice.fill("#topics", "Quantum, algorithms");
            alice.fill("#departments", "Engineering, Research");
            alice.check("#join-request");
            alice.click("button:has-text('Submit proposal')");
            assertThat(alice.locator("#network-name")).hasText(name);
            assertThat(alice.locator(".alert-warning")).containsText("waits for an administrator");
            var networkUrl = alice.url();
            var slug = networkUrl.substring(networkUrl.lastIndexOf('/') + 1);

            var olivia = signIn(browser, "olivia", "networks");
            olivia.click("#proposals a:has-text('" + name + "')");
            olivia.click("button:has-text('Approve network')");
            assertThat(olivia.locator(".alert-warning")).hasCount(0);

            var bob = signIn(browser, "bob", "networks/" + slug);
            bob.fill("#request-message", "I model quantum-safe cryptography costs.");
            bob.click("button:has-text('Request to join')");
            assertThat(bob.locator("#membership")).containsText("waiting for the owners");

            alice.navigate(base + "networks/" + slug + "/requests");
            assertThat(alice.locator("#requests")).containsText("I model quantum-safe cryptography costs.");
            alice.click("#requests button:has-text('Approve')");
            assertThat(alice.locator("#requests li")).hasCount(0);

            alice.navigate(base + "networks/" + slug + "/members");
            var bobRow = alice.locator("#members tr[data-username=bob]");
            assertThat(bobRow).containsText("Bob Okafor");
            assertThat(bobRow).containsText("Finance");
            bobRow.locator("select").selectOption("moderator");
            bobRow.locator("button:has-text('Save')").click();
            assertThat(alice.locator("#members tr[data-username=bob] .member-role")).hasText("Moderator");
            org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(alice)).isEmpty();

            alice.navigate(base + "networks/" + slug);
            alice.onDialog(dialog -> dialog.accept());
            alice.click("button:has-text('Leave network')");
            assertThat(alice.locator("#network-name")).hasText(name);
            assertThat(alice.locator("#flash .alert-danger")).containsText("last owner");

            alice.navigate(base + "networks/" + slug + "/members");
            alice.locator("#members tr[data-username=bob] select").selectOption("owner");
            alice.locator("#members tr[data-username=bob] button:has-text('Save')").click();
            alice.navigate(base + "networks/" + slug);
            alice.click("button:has-text('Leave network')");
            assertThat(alice.locator("button:has-text('Request to join')")).isVisible();

            bob.navigate(base + "networks/" + slug + "/log");
            assertThat(bob.locator("#log")).containsText("Left");
            assertThat(bob.locator("#log")).containsText("Request approved");
        }
    }
}
