package org.guildhall.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * In the browser: an employee finds an expert by a skill that person never declared and sees the
 * evidence; HR finds the same person as hidden talent and puts them on a shortlist with a note.
 */
class ExpertiseJourneyIT extends InTheBrowser {

    @Test
    void an_employee_finds_an_undeclared_expert_and_hr_shortlists_the_hidden_talent() {
        var org = new ExpertiseOrg(deployment).imported();
        try (var browser = new Browser()) {
            var sam = signIn(browser, "sam", "experts");
            assertThat(sam.locator("h1")).hasText("Who knows about…?");
            sam.fill("#experts-skills", org.skill);
            sam.click("#experts-form button[type=submit]");
            var card = sam.locator(".expert[data-username='" + org.hidden + "']");
            assertThat(sam.locator("#experts-count")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsVisibleOptions().setTimeout(30_000));
            assertThat(card).isVisible();
            assertThat(card).containsText("contributions");
            assertThat(card.locator(".evidence-snippet mark").first()).isVisible();
            assertThat(card.locator(".evidence-item a").first()).hasAttribute("href", java.util.regex.Pattern.compile("/blog/posts/\\d+"));
            assertThat(Browser.accessibilityViolations(sam)).isEmpty();

            // The evidence leads to the contribution, and the profile shows the inferred skill with its evidence.
            card.locator("h2 a").click();
            assertThat(sam.locator("#inferred-skills")).containsText(org.skill);
            assertThat(sam.locator("#inferred-skills meter").first()).isVisible();
            assertThat(Browser.accessibilityViolations(sam)).isEmpty();

            var hana = signIn(browser, "hana", "talent/shortlists");
            hana.fill("#shortlist-name", "Brewing pilot " + org.run);
            hana.click("#new-shortlist button[type=submit]");
            assertThat(hana.locator("#shortlist-name")).hasText("Brewing pilot " + org.run);

            hana.navigate(base + "talent?view=hidden");
            hana.fill("#talent-skills", org.skill);
            hana.click("#talent-form button[type=submit]");
            var talent = hana.locator(".talent-result[data-username='" + org.hidden + "']");
            // The first ranking of a skill reads Elasticsearch; on a busy two-core machine that can take a while.
            assertThat(hana.locator("#hidden-count")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsVisibleOptions().setTimeout(30_000));
            assertThat(talent).isVisible();
            assertThat(talent.locator(".talent-why")).containsText("Brewing Research " + org.run);
            assertThat(hana.locator(".talent-result[data-username='" + org.optedOut + "']")).hasCount(0);
            assertThat(Browser.accessibilityViolations(hana)).isEmpty();

            talent.locator("select[name=shortlist]").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Brewing pilot " + org.run));
            talent.locator("input[name=note]").fill("Strong on fermentation; ask about a secondment");
            talent.locator("button:has-text('Add to shortlist')").click();
            assertThat(hana.locator("#flash")).containsText("is on Brewing pilot " + org.run);
            assertThat(hana.locator("#shortlist-entries")).containsText("Hidden " + org.run);
            assertThat(hana.locator("#shortlist-entries textarea")).hasValue("Strong on fermentation; ask about a secondment");
            assertThat(Browser.accessibilityViolations(hana)).isEmpty();

            // What HR looked at is on record, for administrators.
            var olivia = signIn(browser, "olivia", "admin");
            olivia.click("a:has-text('Talent finder audit log')");
            assertThat(olivia.locator("#talent-audit tbody tr").first()).containsText("hana");
            assertThat(olivia.locator("#talent-audit")).containsText("hidden talent");
            assertThat(Browser.accessibilityViolations(olivia)).isEmpty();
        }
    }
}
