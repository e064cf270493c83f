package org.guildhall.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

/** An administrator imports the documented example in the browser and watches it to the end. */
class ImportJourneyIT extends InTheBrowser {

    @Test
    void an_admin_uploads_the_example_and_watches_the_progress_to_done() throws Exception {
        var badFile = Files.createTempFile("latin1", ".csv");
        Files.write(badFile, "employee_id,email,name\nE1,jos\u00e9@example.com,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        try (var browser = new Browser()) {
            var olivia = signIn(browser, "olivia", "admin");
            olivia.click("a:has-text('Imports')");
            assertThat(olivia.locator("h1")).hasText("Imports");
            assertThat(Browser.accessibilityViolations(olivia)).isEmpty();

            olivia.check("#kind-hr");
            olivia.setInputFiles("#import-file", Path.of("../../docs/examples/hr-directory.csv"));
            olivia.click("button:has-text('Upload and import')");
            assertThat(olivia.locator("#flash")).containsText("was uploaded and checked");
            assertThat(olivia.locator("h1")).hasText("Importing hr-directory.csv");
            // The page follows the job by itself (progress.js), without a reload.
            assertThat(olivia.locator("#import-state")).hasText("Done",
                    new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat(olivia.locator("#import-bar")).hasAttribute("value", "6");
            assertThat(olivia.locator("#import-errors")).hasCount(0);
            assertThat(olivia.getByText("No line was rejected.")).isVisible();
            assertThat(Browser.accessibilityViolations(olivia)).isEmpty();

            olivia.click("a:has-text('All imports')");
            assertThat(olivia.locator("#imports tbody tr").first()).containsText("hr-directory.csv");

            olivia.check("#kind-hr");
            olivia.setInputFiles("#import-file", badFile);
            olivia.click("button:has-text('Upload and import')");
            Locator refusal = olivia.locator("#flash .alert-danger");
            assertThat(refusal).containsText("not UTF-8");
            assertThat(olivia).hasURL(Pattern.compile(".*/admin/imports$"));
        } finally {
            Files.deleteIfExists(badFile);
        }
    }
}
