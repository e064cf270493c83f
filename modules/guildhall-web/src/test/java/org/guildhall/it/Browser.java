package org.guildhall.it;

import java.nio.file.Files;
import java.nio.file.Path;
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

    Browser() throws java.io.IOException {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Path profile = Files.createTempDirectory("guildhall-chromium");
        var args = new java.util.ArrayList<>(FLAGS);
        args.add("--user-data-dir=" + profile);
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("guildhall.it.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(args));
    }

    BrowserContext newContext() {
        return browser.newContext(new NewContextOptions().setViewportSize(1280, 900));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
