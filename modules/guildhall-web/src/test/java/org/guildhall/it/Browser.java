package org.guildhall.it;

import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Headless Debian Chromium driven by Playwright (no browser download). The flags keep Chromium
 * from reaching for the network, which the build machines do not have.
 */
final class Browser implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // Playwright gives every launch a fresh, empty profile of its own.
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("guildhall.it.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(FLAGS));
    }

    BrowserContext newContext() {
        return newContext(new NewContextOptions().setViewportSize(1280, 900));
    }

    /** A context of its own size, time zone or locale. */
    BrowserContext newContext(NewContextOptions options) {
        return browser.newContext(options);
    }

    /** A fresh session (its own cookies) signed in through the real Keycloak page, then at {@code base + path}. */
    com.microsoft.playwright.Page signIn(String base, String username, String path) {
        return signIn(newContext(), base, username, path);
    }

    /** Signed in as {@link #signIn(String, String, String)}, in the given context. */
    com.microsoft.playwright.Page signIn(BrowserContext context, String base, String username, String path) {
        var page = context.newPage();
        page.navigate(base + path);
        page.waitForURL(url -> url.startsWith(Stack.REALM));
        page.fill("#username", username);
        page.fill("#password", Stack.PASSWORD);
        page.click("#kc-login");
        return page;
    }

    /** The address as a person types it: Keycloak allows redirects back to localhost (GUILDHALL_BASE_URL). */
    static String base(java.net.URL deployment) {
        return deployment.toString().replace("127.0.0.1", "localhost");
    }

    /** WCAG 2.1 A/AA problems axe-core finds on the page, as readable lines (empty when clean). */
    static List<String> accessibilityViolations(com.microsoft.playwright.Page page) {
        var results = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        return results.getViolations().stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
