package org.guildhall.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.rometools.rome.io.SyndFeedInput;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * Any text survives, byte for byte: accents, dashes and quotes, German, Turkish, Chinese, Arabic
 * (right to left) and emoji, typed into every form in a real browser (through preview and edit
 * round-trips) and sent through the API, read back through the API, search, feeds and CSV.
 */
class UnicodeRoundTripIT extends InTheBrowser {

    /** The corpus: one line per script, with the characters that broke before. */
    static final String CORPUS = """
            Café — “merci” ‘bien’ … naïve façade
            Größe für Übermut, Straße
            İstanbul ığdır şüphe çiçek
            知识共享与专家网络
            مرحبا بالعالم، شبكة الخبراء
            🚀 👩🏽‍💻 🇫🇷 ✅""";
    /** Short enough for names and titles. */
    static final String SHORT = "Café — für İstanbul 知识 مرحبا 🚀";
    /** Already normalised as topics and tags are (lower case, no spaces). */
    static final List<String> TAGS = List.of("café", "größe", "ığdır", "知识共享", "مرحبا", "🚀");

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void every_form_keeps_every_character() {
        try (var browser = new Browser()) {
            var page = browser.signIn(base, "alice", "networks/new");
            page.onDialog(dialog -> dialog.accept()); // confirmations are not what this test is about
            var slug = proposeAndEdit(page);
            var postId = writePreviewSaveAndEdit(page, slug);
            comment(page, postId);
            profile(page);
            var reviewer = browser.signIn(base, "olivia", "networks/new");
            reviewer.onDialog(dialog -> dialog.accept()); // confirmations are not what this test is about
            rejectWithReason(page, reviewer);
            membershipMessages(page, browser, slug);
            searchAndFeeds(postId, slug);
        }
    }

    @Test
    void the_api_keeps_every_character_and_so_do_names_from_the_identity_provider() {
        long id = api("carmen").body(Map.of("title", SHORT, "body", CORPUS, "tags", TAGS, "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        var post = api("carmen").get(base + "api/v1/posts/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(post.getString("post.title")).isEqualTo(SHORT);
        assertThat(post.getString("post.body")).isEqualTo(CORPUS);
        assertThat(post.getList("post.tags", String.class)).containsExactlyInAnyOrderElementsOf(TAGS);
        // The sanitiser writes characters beyond the basic plane as character references: the same text.
        assertThat(decodeReferences(post.getString("post.html"))).contains("知识共享与专家网络", "مرحبا بالعالم، شبكة الخبراء", "👩🏽‍💻");

        // A person whose name and department came from the identity provider, in the owners' CSV.
        var username = "zoe" + run;
        KeycloakAdmin.employee(username, "Zoë", "Müller-Çelik", "Recherche & Développement", "Ingénieure principale — 数据");
        var slug = api("omar").body(Map.of("name", "CSV export " + run, "description", SHORT, "purpose", CORPUS,
                        "visibility", "listed", "contentAccess", "public", "joinPolicy", "open"))
                .post(base + "api/v1/networks").then().statusCode(201).extract().<String>path("slug");
        api("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        api(username).post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        var csv = given().auth().oauth2(Tokens.of("omar")).get(base + "api/v1/networks/" + slug + "/members.csv")
                .then().statusCode(200).extract().body().asByteArray();
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8))
                .contains(username + ",Zoë Müller-Çelik," + username + "@guildhall.example,Recherche & Développement,"
                        + "Ingénieure principale — 数据,member,");
    }

    // ---- the forms --------------------------------------------------------------------------

    private String proposeAndEdit(Page page) {
        // A sponsoring department must be one of the people directory's: this one arrives with Zoë.
        var zoe = "zoe" + run;
        KeycloakAdmin.employee(zoe, "Zoë", "Müller-Çelik", "Recherche & Développement", "Ingénieure principale — 数据");
        api(zoe).get(base + "api/v1/me").then().statusCode(200);
        var name = SHORT + " " + run;
        page.navigate(base + "networks/new");
        page.fill("#name", name);
        page.fill("#description", "Für alle: " + SHORT);
        page.fill("#purpose", CORPUS);
        page.fill("#topics", String.join(", ", TAGS));
        page.fill("#departments", "Recherche & Développement");
        page.fill("#whoShouldJoin", CORPUS);
        page.check("#join-request");
        page.click("main button[type=submit]");
        assertThat(page.locator("#network-name")).hasText(name);
        var slug = page.url().replaceAll(".*/networks/", "");
        api("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);

        var network = network(slug);
        assertThat(network.getString("name")).isEqualTo(name);
        assertThat(network.getString("description")).isEqualTo("Für alle: " + SHORT);
        assertThat(network.getString("purpose")).isEqualTo(CORPUS);
        assertThat(network.getString("whoShouldJoin")).isEqualTo(CORPUS);
        assertThat(network.getList("topics", String.class)).containsExactlyInAnyOrderElementsOf(TAGS);
        assertThat(network.getList("departments", String.class)).containsExactly("Recherche & Développement");

        // The edit form shows every field as saved, and saving it unchanged changes nothing.
        page.navigate(base + "networks/" + slug + "/edit");
        assertThat(page.locator("#purpose")).hasValue(CORPUS);
        page.fill("#description", "Édité — " + SHORT);
        page.click("main button[type=submit]");
        assertThat(page.locator("#network-name")).hasText(name);
        var edited = network(slug);
        assertThat(edited.getString("description")).isEqualTo("Édité — " + SHORT);
        assertThat(edited.getString("purpose")).isEqualTo(CORPUS);
        assertThat(edited.getString("name")).isEqualTo(name);
        return slug;
    }

    private long writePreviewSaveAndEdit(Page page, String slug) {
        page.navigate(base + "blog/networks/" + slug + "/new");
        page.fill("#title", SHORT);
        page.fill("#body", CORPUS);
        page.fill("#tags", String.join(", ", TAGS));
        page.click("button[value=preview]");
        assertThat(page.locator("#preview")).containsText("知识共享与专家网络");
        assertThat(page.locator("#title")).hasValue(SHORT);
        page.click("button[value=preview]");
        assertThat(page.locator("#body")).hasValue(CORPUS);
        page.check("#publishing-now");
        page.click("button[value=save]");
        page.waitForURL(url -> url.matches(".*/blog/posts/\\d+$"));
        assertThat(page.locator(".post-body")).containsText("👩🏽‍💻");
        assertThat(page.locator(".post-body")).containsText("مرحبا بالعالم، شبكة الخبراء");
        long id = Long.parseLong(page.url().replaceAll(".*/", ""));
        var post = post(id);
        assertThat(post.getString("post.title")).isEqualTo(SHORT);
        assertThat(post.getString("post.body")).isEqualTo(CORPUS);
        assertThat(post.getList("post.tags", String.class)).containsExactlyInAnyOrderElementsOf(TAGS);

        page.navigate(base + "blog/posts/" + id + "/edit");
        page.fill("#title", SHORT + " ✍️");
        page.click("button[value=save]");
        page.waitForURL(url -> url.matches(".*/blog/posts/\\d+$"));
        var edited = post(id);
        assertThat(edited.getString("post.title")).isEqualTo(SHORT + " ✍️");
        assertThat(edited.getString("post.body")).isEqualTo(CORPUS);
        return id;
    }

    private void comment(Page page, long postId) {
        page.navigate(base + "blog/posts/" + postId);
        page.fill("#new-comment", CORPUS);
        page.click("form:has(#new-comment) button[type=submit]");
        assertThat(page.locator("#comments .comment-body").first()).containsText("知识共享与专家网络");
        var comment = post(postId).getString("comments[0].body");
        assertThat(comment).isEqualTo(CORPUS);
        long commentId = post(postId).getLong("comments[0].id");
        page.click("#comment-" + commentId + " summary");
        page.fill("#edit-" + commentId, "Merci — " + SHORT);
        page.click("#comment-" + commentId + " form:has(#edit-" + commentId + ") button[type=submit]");
        assertThat(page.locator("#comment-" + commentId + " .comment-body")).containsText("Merci — " + SHORT);
        assertThat(post(postId).getString("comments[0].body")).isEqualTo("Merci — " + SHORT);
    }

    private void profile(Page page) {
        page.navigate(base + "me/edit");
        page.fill("#about", CORPUS);
        page.fill("#location", "İstanbul — 北京 — القاهرة");
        page.click("main button[type=submit]");
        assertThat(page.locator("#profile-name")).isVisible();
        var me = api("alice").get(base + "api/v1/me").then().statusCode(200).extract().jsonPath();
        assertThat(me.getString("about")).isEqualTo(CORPUS);
        assertThat(me.getString("location")).isEqualTo("İstanbul — 北京 — القاهرة");
    }

    private void rejectWithReason(Page proposer, Page reviewer) {
        proposer.navigate(base + "networks/new");
        proposer.fill("#name", "Abgelehnt " + SHORT + " " + run);
        proposer.fill("#description", SHORT);
        proposer.fill("#purpose", SHORT);
        proposer.click("main button[type=submit]");
        assertThat(proposer.locator("#network-name")).containsText("Abgelehnt");
        var slug = proposer.url().replaceAll(".*/networks/", "");
        reviewer.navigate(base + "networks/" + slug);
        reviewer.fill("#reject-reason", "Doublon — " + SHORT);
        reviewer.click("form:has(#reject-reason) button[type=submit]");
        assertThat(reviewer.locator(".alert-danger")).containsText("Doublon — " + SHORT);
        assertThat(network(slug).getString("statusReason")).isEqualTo("Doublon — " + SHORT);
    }

    private void membershipMessages(Page owner, Browser browser, String slug) {
        api("sam").get(base + "api/v1/me").then().statusCode(200); // sam has signed in once, so can be invited
        var asker = browser.signIn(base, "hana", "networks/" + slug);
        asker.onDialog(dialog -> dialog.accept()); // confirmations are not what this test is about
        asker.fill("#request-message", CORPUS);
        asker.click("form.request-form button[type=submit]");
        assertThat(asker.locator("#membership")).containsText("Withdraw request");
        var requests = api("alice").get(base + "api/v1/networks/" + slug + "/requests").then().statusCode(200).extract().jsonPath();
        assertThat(requests.getString("find { it.username == 'hana' }.message")).isEqualTo(CORPUS);

        owner.navigate(base + "networks/" + slug + "/requests");
        owner.fill("#invite-username", "sam");
        owner.fill("#invite-message", "Willkommen — " + SHORT);
        owner.click("form:has(#invite-username) button[type=submit]");
        owner.waitForLoadState();
        Stack.await("the invitation", Duration.ofSeconds(5), () -> api("alice").get(base + "api/v1/networks/" + slug + "/invitations")
                .jsonPath().getList("username").contains("sam"));
        var invitations = api("alice").get(base + "api/v1/networks/" + slug + "/invitations").then().statusCode(200).extract().jsonPath();
        assertThat(invitations.getString("find { it.username == 'sam' }.message")).isEqualTo("Willkommen — " + SHORT);

        api("priya").body(Map.of()).post(base + "api/v1/networks/" + slug + "/requests").then().statusCode(200);
        api("alice").post(base + "api/v1/networks/" + slug + "/requests/priya/approve").then().statusCode(200);
        owner.navigate(base + "networks/" + slug + "/members");
        owner.click("tr[data-username=priya] summary");
        owner.fill("#remove-reason-priya", "Zu viel Werbung — " + SHORT);
        owner.click("tr[data-username=priya] details form button[type=submit]");
        assertThat(owner.locator("tr[data-username=priya]")).hasCount(0);
        assertThat(network(slug, "priya").getString("removal.reason")).isEqualTo("Zu viel Werbung — " + SHORT);
    }

    private void searchAndFeeds(long postId, String slug) {
        Stack.await("the post to be found by a word of each script", Duration.ofSeconds(15), () ->
                List.of("Größe", "İstanbul", "مرحبا", "知识共享").stream().allMatch(word ->
                        api("sam").queryParam("q", word).get(base + "api/v1/posts").jsonPath().getList("items.id")
                                .contains((int) postId)));
        var atom = given().auth().oauth2(Tokens.of("sam")).get(base + "feeds/networks/" + slug + ".atom")
                .then().statusCode(200).extract().body().asByteArray();
        try {
            var feed = new SyndFeedInput().build(new StringReader(new String(atom, java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(feed.getTitle()).startsWith(SHORT);
            assertThat(feed.getEntries()).anySatisfy(e -> assertThat(e.getTitle()).isEqualTo(SHORT + " ✍️"));
        } catch (com.rometools.rome.io.FeedException e) {
            throw new AssertionError(e);
        }
    }

    // ---- reading back -------------------------------------------------------------------------

    private static String decodeReferences(String html) {
        var matcher = java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(html);
        var out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    Character.toString(Integer.parseInt(matcher.group(1), 16))));
        }
        return matcher.appendTail(out).toString();
    }

    private RequestSpecification api(String username) {
        return given().auth().oauth2(Tokens.of(username)).accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    private JsonPath network(String slug) {
        return network(slug, "alice");
    }

    private JsonPath network(String slug, String viewer) {
        return api(viewer).get(base + "api/v1/networks/" + slug).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath post(long id) {
        return api("alice").get(base + "api/v1/posts/" + id).then().statusCode(200).extract().jsonPath();
    }
}
