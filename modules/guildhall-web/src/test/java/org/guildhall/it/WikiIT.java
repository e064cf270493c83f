package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Network wikis through the API and pages, with real users: hierarchy, links and redirects,
 * revisions and diffs, reverts, merges and conflicts, who may edit, attachments, freshness,
 * search and import.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WikiIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    final URL base = Stack.base();

    private RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).accept(ContentType.JSON).contentType(ContentType.JSON).redirects().follow(false);
    }

    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A network owned by {@code owner}, approved, joined by {@code members}. */
    private String network(String owner, String content, String... members) {
        var slug = as(owner).body(Map.of("name", "Wiki net " + word(), "description", "d", "purpose", "p",
                        "visibility", "listed", "contentAccess", content, "joinPolicy", "open"))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        for (var member : members) {
            as(member).post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        }
        return slug;
    }

    private String wiki(String network) {
        return base + "api/v1/networks/" + network + "/wiki/";
    }

    private String create(String author, String network, String title, String body, String parent) {
        var input = new HashMap<String, Object>(Map.of("title", title, "body", body, "tags", List.of("Runbooks")));
        if (parent != null) {
            input.put("parent", parent);
        }
        return as(author).body(input).post(wiki(network) + "pages").then().statusCode(201)
                .body("revision", equalTo(1)).extract().path("slug");
    }

    private JsonPath save(String editor, String network, String page, String title, String body, int base, int status) {
        return as(editor).body(Map.of("title", title, "body", body, "baseRevision", base))
                .put(wiki(network) + "pages/" + page).then().statusCode(status).extract().jsonPath();
    }

    @Test
    void pages_form_a_hierarchy_with_links_backlinks_a_table_of_contents_and_redirects_after_a_rename() {
        var net = network("alice", "public", "bob");
        var home = create("alice", net, "Home " + net, "See [[Runbook]] and [[Not Written Yet]].", null);
        as("bob").get(wiki(net)).then().statusCode(200).body("home", equalTo(home)).body("canCreate", equalTo(true));
        var runbook = create("bob", net, "Runbook", "# Intro\n## Deploy\n## Roll back\nBack to [[Home " + net + "]].", home);
        assertThat(runbook).isEqualTo("runbook");

        as("carmen").get(wiki(net) + "pages/" + runbook).then().statusCode(200)
                .body("trail.slug", equalTo(List.of(home, runbook)))
                .body("backlinks.slug", equalTo(List.of(home)))
                .body("tags", equalTo(List.of("runbooks")))
                .body("html", containsString("<h2 id=\"h-deploy\">"));
        as("carmen").get(wiki(net) + "pages/" + home).then().statusCode(200)
                .body("children.slug", equalTo(List.of(runbook)))
                .body("missingLinks", equalTo(List.of("not-written-yet")))
                .body("html", containsString("href=\"/networks/" + net + "/wiki/runbook\""))
                .body("html", containsString("class=\"wiki-missing\" href=\"/networks/" + net + "/wiki/not-written-yet\""));
        var html = given().auth().oauth2(Tokens.of("bob")).accept(ContentType.HTML).get(base + "networks/" + net + "/wiki/" + runbook)
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"toc-heading\"", "href=\"#h-roll-back\"", "aria-current=\"page\"");

        // Renamed: a new slug; the old one redirects, in the API and for people, and links to it still count.
        var renamed = save("bob", net, runbook, "Operations Runbook", "# Intro\n## Deploy\n## Roll back\n", 1, 200);
        assertThat(renamed.getString("slug")).isEqualTo("operations-runbook");
        as("carmen").get(wiki(net) + "pages/runbook/revisions").then().statusCode(301)
                .header("Location", endsWith("/api/v1/networks/" + net + "/wiki/pages/operations-runbook/revisions"));
        given().auth().oauth2(Tokens.of("carmen")).redirects().follow(false).get(base + "networks/" + net + "/wiki/runbook")
                .then().statusCode(301).header("Location", endsWith("/networks/" + net + "/wiki/operations-runbook"));
        as("carmen").get(wiki(net) + "pages/operations-runbook").then().body("backlinks.slug", equalTo(List.of(home)));
        as("bob").body(Map.of("title", "Operations Runbook", "body", "saved at the old address", "baseRevision", 2))
                .put(wiki(net) + "pages/runbook").then().statusCode(308)
                .header("Location", endsWith("/api/v1/networks/" + net + "/wiki/pages/operations-runbook"));
        // Links whose titles share an address, and a page explaining Git's own conflict markers, are fine.
        create("bob", net, "Languages " + net, "[[C]], [[C++]] and [[C#]]", home);
        create("bob", net, "Merging " + net, "```\n<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> topic\n```", home);
        as("carmen").get(wiki(net) + "pages/" + home).then().body("missingLinks", equalTo(List.of("not-written-yet")));

        // A duplicate title and a cycle are refused, and nothing changes.
        as("alice").body(Map.of("title", "operations  RUNBOOK", "body", "dup")).post(wiki(net) + "pages").then().statusCode(400)
                .body("errors.field", hasItem("title"));
        as("alice").body(Map.of("title", "Home " + net, "body", "See [[Runbook]] and [[Not Written Yet]].", "baseRevision", 1,
                "parent", "operations-runbook")).put(wiki(net) + "pages/" + home).then().statusCode(400).body("errors.field", hasItem("parent"));
        as("alice").get(wiki(net) + "pages/" + home).then().body("revision", equalTo(1)).body("parent", nullValue());
        as("alice").get(wiki(net) + "pages/nothing-here").then().statusCode(404);
        given().auth().oauth2(Tokens.of("bob")).accept(ContentType.HTML).get(base + "networks/" + net + "/wiki/not-written-yet")
                .then().statusCode(404).body(containsString("id=\"wiki-missing\""));
    }

    @Test
    void every_save_is_a_revision_any_two_compare_word_by_word_and_a_revert_is_a_new_revision() {
        var net = network("omar", "public", "sam");
        var page = create("omar", net, "Glossary " + word(), "alpha beta gamma\nline two", null);
        save("sam", net, page, "Glossary renamed " + net, "alpha delta gamma\nline two", 1, 200);
        page = "glossary-renamed-" + net;
        as("omar").body(Map.of("title", "Glossary renamed " + net, "body", "alpha delta gamma\nline three", "baseRevision", 2,
                "minor", true, "summary", "typo")).put(wiki(net) + "pages/" + page).then().statusCode(200).body("revision", equalTo(3));

        as("priya").get(wiki(net) + "pages/" + page + "/revisions").then().statusCode(200)
                .body("total", equalTo(3)).body("items.number", equalTo(List.of(3, 2, 1)))
                .body("items[0].minor", equalTo(true)).body("items[0].summary", equalTo("typo"))
                .body("items[1].author.username", equalTo("sam")).body("items[0].body", nullValue());
        as("priya").queryParam("from", 1).queryParam("to", 3).get(wiki(net) + "pages/" + page + "/diff").then().statusCode(200)
                .body("titleChanged", equalTo(true))
                .body("sideBySide.left", hasItem(containsString("<del>beta</del>")))
                .body("sideBySide.right", hasItem(containsString("<ins>delta</ins>")))
                .body("inline.left", hasItem(containsString("<del>beta</del>")));
        as("priya").queryParam("from", 3).queryParam("to", 2).get(wiki(net) + "pages/" + page + "/diff").then().statusCode(200)
                .body("from.number", equalTo(2)).body("to.number", equalTo(3));
        as("priya").queryParam("from", 1).queryParam("to", 9).get(wiki(net) + "pages/" + page + "/diff").then().statusCode(404);
        as("priya").get(wiki(net) + "pages/" + page + "/revisions/1").then().statusCode(200)
                .body("body", equalTo("alpha beta gamma\nline two")).body("current", equalTo(false));

        // The revert brings back the first title too, since no other page has taken it.
        page = as("sam").body(Map.of("revision", 1)).post(wiki(net) + "pages/" + page + "/revert").then().statusCode(200)
                .body("revision", equalTo(4)).extract().path("slug");
        assertThat(page).startsWith("glossary-w");
        as("priya").get(wiki(net) + "pages/" + page + "/revisions").then().body("items[0].revertedTo", equalTo(1));
        var current = as("priya").get(wiki(net) + "pages/" + page).then().extract().jsonPath();
        assertThat(current.getString("body")).isEqualTo("alpha beta gamma\nline two");
        as("sam").body(Map.of("revision", 4)).post(wiki(net) + "pages/" + current.getString("slug") + "/revert").then().statusCode(400);
        // Another page's revision numbers mean nothing here.
        var other = create("sam", net, "One revision " + word(), "only", null);
        as("sam").body(Map.of("revision", 3)).post(wiki(net) + "pages/" + other + "/revert").then().statusCode(404);

        var diffPage = given().auth().oauth2(Tokens.of("priya")).accept(ContentType.HTML)
                .get(base + "networks/" + net + "/wiki/" + current.getString("slug") + "/diff?from=1&to=2&view=inline")
                .then().statusCode(200).extract().asString();
        assertThat(diffPage).contains("<del>beta</del>", "<ins>delta</ins>");
        var history = given().auth().oauth2(Tokens.of("priya")).accept(ContentType.HTML)
                .get(base + "networks/" + net + "/wiki/" + current.getString("slug") + "/history").then().statusCode(200).extract().asString();
        assertThat(history).contains("data-revision=\"4\"", "data-revision=\"1\"", "(restored revision 1)");
    }

    @Test
    void concurrent_edits_merge_when_they_touch_different_lines_and_show_both_versions_when_they_clash() {
        var net = network("alice", "public", "bob", "carmen");
        var page = create("alice", net, "Plan " + word(), "l1\nl2\nl3\n", null);
        assertThat(save("bob", net, page, title(net, page), "l1 by bob\nl2\nl3\n", 1, 200).getBoolean("merged")).isFalse();

        var merged = save("alice", net, page, title(net, page), "l1\nl2\nl3 by alice\n", 1, 200);
        assertThat(merged.getBoolean("merged")).isTrue();
        assertThat(merged.getInt("mergedWith.number")).isEqualTo(2);
        as("carmen").get(wiki(net) + "pages/" + page).then().body("body", equalTo("l1 by bob\nl2\nl3 by alice\n")).body("revision", equalTo(3));

        var clash = save("carmen", net, page, title(net, page), "l1 by carmen\nl2\nl3\n", 1, 409);
        assertThat(clash.getString("merged")).contains("<<<<<<< your version", "l1 by carmen", "=======", "l1 by bob", ">>>>>>> revision 3");
        assertThat(clash.getInt("baseRevision")).isEqualTo(3);
        as("carmen").get(wiki(net) + "pages/" + page).then().body("revision", equalTo(3));
        assertThat(save("carmen", net, page, title(net, page), clash.getString("merged"), 3, 400).getList("errors.field")).contains("body");
        save("carmen", net, page, title(net, page), "l1 by bob and carmen\nl2\nl3 by alice\n", 3, 200);
        save("carmen", net, page, title(net, page), "anything", 99, 400);
        as("carmen").body(Map.of("title", title(net, page), "body", "no base")).put(wiki(net) + "pages/" + page).then().statusCode(400)
                .body("errors.field", hasItem("baseRevision"));

        // Who else opened the page to edit it, for the next editor.
        given().auth().oauth2(Tokens.of("bob")).accept(ContentType.HTML).get(base + "networks/" + net + "/wiki/" + page + "/edit").then().statusCode(200);
        var form = given().auth().oauth2(Tokens.of("alice")).accept(ContentType.HTML).get(base + "networks/" + net + "/wiki/" + page + "/edit")
                .then().statusCode(200).extract().asString();
        assertThat(form).contains("id=\"others-editing\"", "/people/bob").contains("name=\"baseRevision\" value=\"4\"");
    }

    private String title(String net, String page) {
        return as("alice").get(wiki(net) + "pages/" + page).then().extract().path("title");
    }

    @Test
    void members_edit_owners_restrict_outsiders_read_public_wikis_only_and_archived_wikis_are_read_only() {
        var net = network("alice", "public", "bob");
        var page = create("bob", net, "Members page " + word(), "text", null);
        as("carmen").get(wiki(net) + "pages/" + page).then().statusCode(200).body("canEdit", equalTo(false));
        save("carmen", net, page, title(net, page), "vandal", 1, 403);
        as("carmen").body(Map.of("title", "Outsider page", "body", "x")).post(wiki(net) + "pages").then().statusCode(403);
        save("bob", net, page, title(net, page), "text, improved", 1, 200);

        as("bob").body(Map.of("restricted", true)).put(wiki(net) + "pages/" + page + "/settings").then().statusCode(403);
        as("alice").body(Map.of("restricted", true)).put(wiki(net) + "pages/" + page + "/settings").then().statusCode(200)
                .body("restricted", equalTo(true));
        save("bob", net, page, title(net, page), "text, improved again", 2, 403);
        save("alice", net, page, title(net, page), "text, by the owner", 2, 200);
        as("alice").body(Map.of("editors", "moderators")).put(wiki(net) + "settings").then().statusCode(200).body("editors", equalTo("moderators"));
        as("bob").body(Map.of("title", "Member page " + word(), "body", "x")).post(wiki(net) + "pages").then().statusCode(403);
        as("alice").body(Map.of("editors", "everyone")).put(wiki(net) + "settings").then().statusCode(400);

        var closed = network("omar", "members-only", "sam");
        var secret = create("sam", closed, "Secret " + word(), "members only", null);
        as("sam").get(wiki(closed) + "pages/" + secret).then().statusCode(200);
        for (var path : List.of("pages/" + secret, "pages/" + secret + "/revisions", "pages/" + secret + "/revisions/1",
                "pages/" + secret + "/diff?from=1&to=1", "")) {
            assertThat(as("carmen").get(wiki(closed) + path).statusCode()).as(path).isIn(403, 404);
        }
        assertThat(given().auth().oauth2(Tokens.of("carmen")).accept(ContentType.HTML).get(base + "networks/" + closed + "/wiki/" + secret)
                .statusCode()).isIn(403, 404);

        as("olivia").body(Map.of("reason", "done")).post(base + "api/v1/networks/" + net + "/archive").then().statusCode(200);
        as("alice").get(wiki(net) + "pages/" + page).then().statusCode(200).body("canEdit", equalTo(false));
        save("alice", net, page, title(net, page), "after archiving", 3, 409);
        as("alice").body(Map.of("restricted", false)).put(wiki(net) + "pages/" + page + "/settings").then().statusCode(409);
    }

    @Test
    void attachments_are_checked_versioned_served_safely_and_only_to_readers() {
        var net = network("priya", "members-only", "leo");
        var page = create("priya", net, "Diagrams " + word(), "See the picture.", null);
        var url = wiki(net) + "pages/" + page + "/attachments/";
        as("leo").contentType("image/png").body(PNG).put(url + "diagram.png").then().statusCode(201).body("version", equalTo(1));
        as("leo").contentType("image/png").body(PNG).put(url + "diagram.png").then().statusCode(201).body("version", equalTo(2));
        as("leo").contentType("application/pdf").body("%PDF-1.4 report".getBytes(StandardCharsets.US_ASCII)).put(url + "report.pdf")
                .then().statusCode(201);

        as("priya").get(url + "diagram.png").then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", containsString("inline")).header("X-Content-Type-Options", equalTo("nosniff"));
        as("priya").get(url + "report.pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment"))
                .header("Content-Security-Policy", containsString("sandbox"));
        as("priya").queryParam("version", 1).get(url + "diagram.png").then().statusCode(200);
        as("priya").queryParam("version", 7).get(url + "diagram.png").then().statusCode(404);
        as("priya").get(wiki(net) + "pages/" + page + "/attachments").then().statusCode(200)
                .body("findAll { it.name == 'diagram.png' }.version", equalTo(List.of(2, 1)));

        as("leo").contentType("text/html").body("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)).put(url + "page.html")
                .then().statusCode(400).body("errors.field", hasItem("file"));
        as("leo").contentType("image/svg+xml").body("<svg/>".getBytes(StandardCharsets.UTF_8)).put(url + "logo.svg").then().statusCode(400);
        as("leo").contentType("image/png").body("not an image".getBytes(StandardCharsets.UTF_8)).put(url + "fake.png").then().statusCode(400);
        var big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        as("leo").contentType("image/png").body(big).put(url + "huge.png").then().statusCode(400)
                .body("errors.message", hasItem(containsString("10 MB")));
        assertThat(as("priya").get(wiki(net) + "pages/" + page + "/attachments").then().extract().jsonPath().getList("name"))
                .doesNotContain("page.html", "logo.svg", "fake.png", "huge.png");

        assertThat(as("carmen").get(url + "diagram.png").statusCode()).isIn(403, 404);
        as("carmen").contentType("image/png").body(PNG).put(url + "mine.png").then().statusCode(403);
    }

    @Test
    void freshness_lists_pages_due_for_review_and_pages_whose_owner_left() {
        var net = network("hana", "public", "leo");
        var due = create("leo", net, "Old policy " + word(), "from last year", null);
        var orphan = create("leo", net, "Leo's notes " + word(), "notes", null);
        as("leo").body(Map.of("reviewBy", LocalDate.now().minusDays(1).toString())).put(wiki(net) + "pages/" + due + "/settings")
                .then().statusCode(200).body("dueForReview", equalTo(true));
        as("carmen").body(Map.of("reviewBy", "2030-01-01")).put(wiki(net) + "pages/" + due + "/settings").then().statusCode(403);
        as("hana").body(Map.of("owner", "carmen")).put(wiki(net) + "pages/" + orphan + "/settings").then().statusCode(400)
                .body("errors.field", hasItem("owner"));
        as("leo").post(base + "api/v1/networks/" + net + "/leave").then().statusCode(204);

        as("hana").get(wiki(net) + "attention").then().statusCode(200)
                .body("dueForReview.slug", equalTo(List.of(due)))
                .body("ownerGone.slug", hasItem(orphan));
        as("hana").get(wiki(net) + "pages/" + orphan).then().body("ownerPresent", equalTo(false));
        var html = given().auth().oauth2(Tokens.of("hana")).accept(ContentType.HTML).get(base + "networks/" + net + "/wiki/" + due)
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"stale-notice\"");

        as("hana").body(Map.of("owner", "hana")).put(wiki(net) + "pages/" + due + "/settings").then().statusCode(200)
                .body("owner.username", equalTo("hana")).body("dueForReview", equalTo(true));
        as("hana").body(Map.of("owner", "hana", "reviewBy", LocalDate.now().plusMonths(6).toString()))
                .put(wiki(net) + "pages/" + orphan + "/settings").then().statusCode(200).body("owner.username", equalTo("hana"));
        as("hana").get(wiki(net) + "attention").then().body("ownerGone.slug", not(hasItem(orphan)));
    }

    @Test
    void search_finds_pages_in_one_wiki_or_all_for_readers_only_and_ranks_stale_pages_lower() {
        var term = word();
        var open = network("sam", "public");
        var stale = create("sam", open, "Stale guide " + word(), "How to " + term + " safely.", null);
        var fresh = create("sam", open, "Fresh guide " + word(), "How to " + term + " safely.", null);
        as("sam").body(Map.of("reviewBy", LocalDate.now().minusDays(3).toString())).put(wiki(open) + "pages/" + stale + "/settings")
                .then().statusCode(200);
        var closed = network("omar", "members-only", "priya");
        var secret = create("omar", closed, "Secret " + word(), "Also about " + term + ".", null);

        var found = new AtomicReference<JsonPath>();
        var last = new AtomicReference<String>();
        try {
            Stack.await("wiki pages in search", Duration.ofSeconds(30), () -> {
                last.set(as("priya").queryParam("q", term).get(base + "api/v1/wiki/search").asString());
                found.set(JsonPath.from(last.get()));
                var slugs = found.get().getList("items.slug");
                return slugs != null && slugs.size() == 3;
            });
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("Search answered: " + last.get(), e);
        }
        assertThat(found.get().getList("items.slug", String.class)).containsExactlyInAnyOrder(stale, fresh, secret);
        as("carmen").queryParam("q", term).get(base + "api/v1/wiki/search").then().body("items.slug", not(hasItem(secret)))
                .body("items.slug", hasItem(fresh));
        var scoped = as("priya").queryParam("q", term).get(wiki(open) + "search").then().extract().jsonPath().getList("items.slug", String.class);
        assertThat(scoped).containsExactly(fresh, stale);
        var html = given().auth().oauth2(Tokens.of("carmen")).accept(ContentType.HTML).queryParam("q", term)
                .get(base + "networks/" + open + "/wiki/-/search").then().statusCode(200).extract().asString();
        assertThat(html).contains(fresh).contains("<mark>");
        var everywhere = given().auth().oauth2(Tokens.of("carmen")).accept(ContentType.HTML).queryParam("q", term)
                .get(base + "wiki/search").then().statusCode(200).extract().asString();
        assertThat(everywhere).contains("/wiki/" + fresh, "/wiki/" + stale).doesNotContain(secret);

        // Each author's edits of a page are one piece of expertise evidence, with the page's audience.
        given().post(Stack.ELASTICSEARCH + "/guildhall-contributions/_refresh").then().statusCode(200);
        var evidence = given().contentType(ContentType.JSON)
                .body("{\"query\":{\"bool\":{\"filter\":[{\"term\":{\"kind\":\"wiki\"}}],\"must\":{\"match\":{\"text\":\"" + term + "\"}}}}}")
                .post(Stack.ELASTICSEARCH + "/guildhall-contributions/_search").then().statusCode(200).extract().jsonPath();
        assertThat(evidence.getList("hits.hits._source.author", String.class)).containsExactlyInAnyOrder("sam", "sam", "omar");
        assertThat(evidence.getList("hits.hits._source.link", String.class))
                .contains("/networks/" + open + "/wiki/" + fresh, "/networks/" + closed + "/wiki/" + secret);
        var secretReaders = evidence.getList("hits.hits.findAll { it._source.author == 'omar' }._source.readers.flatten()", String.class);
        assertThat(secretReaders).doesNotContain("everyone").isNotEmpty();
    }

    @Test
    void wiki_pages_import_with_their_revisions_authors_and_times() {
        var run = word();
        var lines = List.of(
                "{\"format\":\"guildhall-content\",\"version\":1,\"source\":\"it-wiki-" + run + "\"}",
                "{\"type\":\"person\",\"id\":\"p1\",\"name\":\"Wiki Writer " + run + "\",\"email\":\"writer." + run + "@example.com\"}",
                "{\"type\":\"person\",\"id\":\"p2\",\"name\":\"Wiki Editor " + run + "\",\"email\":\"editor." + run + "@example.com\"}",
                "{\"type\":\"network\",\"id\":\"n1\",\"name\":\"Imported wiki " + run + "\",\"description\":\"d\",\"purpose\":\"p\",\"createdBy\":\"p1\"}",
                "{\"type\":\"wikiPage\",\"id\":\"w1\",\"network\":\"n1\",\"title\":\"Start\",\"revisions\":["
                        + "{\"author\":\"p1\",\"at\":\"2023-01-02T10:00:00Z\",\"body\":\"first\"},"
                        + "{\"author\":\"p2\",\"at\":\"2023-02-03T10:00:00Z\",\"body\":\"second [[Child]]\",\"summary\":\"link\"}]}",
                "{\"type\":\"wikiPage\",\"id\":\"w2\",\"network\":\"n1\",\"parent\":\"w1\",\"title\":\"Child\",\"reviewBy\":\"2020-01-01\","
                        + "\"revisions\":[{\"author\":\"p2\",\"at\":\"2023-03-04T10:00:00Z\",\"body\":\"child text\"}]}",
                "{\"type\":\"wikiPage\",\"id\":\"w3\",\"network\":\"n1\",\"title\":\"Start\",\"revisions\":[{\"author\":\"p1\",\"body\":\"dup\"}]}",
                "{\"type\":\"wikiPage\",\"id\":\"w4\",\"network\":\"n1\",\"title\":\"Empty\",\"revisions\":[]}");
        var job = given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON).contentType("application/octet-stream")
                .queryParam("kind", "content").queryParam("name", "wiki-" + run)
                .body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)).post(base + "api/v1/imports").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        var state = new AtomicReference<JsonPath>();
        Stack.await("the wiki import", Duration.ofSeconds(60), () -> {
            state.set(given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON).get(base + "api/v1/imports/" + job)
                    .then().extract().jsonPath());
            return List.of("done", "failed", "cancelled").contains(state.get().getString("state"));
        });
        assertThat(state.get().getString("state")).isEqualTo("done");
        assertThat(state.get().getLong("rejected")).as(state.get().prettify()).isEqualTo(2);

        var slug = "imported-wiki-" + run;
        as("olivia").get(wiki(slug)).then().statusCode(200).body("home", equalTo("start"));
        as("olivia").get(wiki(slug) + "pages/start/revisions").then().statusCode(200)
                .body("items.number", equalTo(List.of(2, 1))).body("items[0].summary", equalTo("link"))
                .body("items[0].at", equalTo("2023-02-03T10:00:00Z")).body("items[1].author.username", not(nullValue()));
        as("olivia").get(wiki(slug) + "pages/child").then().statusCode(200).body("parent", equalTo("start"))
                .body("dueForReview", equalTo(true)).body("backlinks.slug", equalTo(List.of("start")));
    }
}
