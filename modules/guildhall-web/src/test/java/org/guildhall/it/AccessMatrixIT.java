package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The access contract, from the outside, generated from one table: every kind of viewer against
 * every kind of network, on every surface where a network or its content can show up. A cell
 * says what the viewer may do with that network: {@code M} manage it (and everything below),
 * {@code R} read its content and member list, {@code S} only know it exists, {@code -} nothing.
 * Each surface turns the letter into the answer it must give.
 */
class AccessMatrixIT extends AgainstTheServer {

    /**
     * Columns: Listed/Hidden × Public/Members-only × Active/archived (X). Rows: the viewers, played
     * by the demo accounts named in {@link #PEOPLE}. The requester asked to join while the
     * network was listed; the hidden ones were hidden afterwards.
     */
    private static final String TABLE = """
            viewer      LPA LMA HPA HMA LPX LMX HPX HMX
            owner       M   M   M   M   M   M   M   M
            moderator   R   R   R   R   R   R   R   R
            member      R   R   R   R   R   R   R   R
            author      R   R   R   R   R   R   R   R
            invited     R   S   R   S   R   S   R   S
            requester   R   S   -   -   R   S   -   -
            non-member  R   S   -   -   R   S   -   -
            admin       M   M   M   M   M   M   M   M
            hr          R   S   -   -   R   S   -   -
            """;

    private static final Map<String, String> PEOPLE = Map.of("owner", "alice", "moderator", "bob", "member", "carmen",
            "author", "priya", "invited", "leo", "requester", "omar", "non-member", "sam", "admin", "olivia", "hr", "hana");

    private final String run = "mx" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    /** One network of the matrix and the post its author wrote in it. */
    private record Kind(String code, String slug, String name, long postId, String word, String tag) {
    }

    private final List<String> failures = new ArrayList<>();
    private int checks;

    @Test
    void every_viewer_sees_exactly_what_the_table_allows_on_every_surface() {
        var kinds = new LinkedHashMap<String, Kind>();
        var header = TABLE.lines().findFirst().orElseThrow().trim().split("\\s+");
        for (int column = 1; column < header.length; column++) {
            kinds.put(header[column], create(header[column]));
        }
        awaitSearchSettled(kinds.values());

        TABLE.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
            var cells = line.trim().split("\\s+");
            var viewer = PEOPLE.get(cells[0]);
            int readable = 0;
            int visible = 0;
            for (int column = 1; column < cells.length; column++) {
                var kind = kinds.get(header[column]);
                var cell = cells[column];
                every(viewer, kind, cell);
                readable += reads(cell) ? 1 : 0;
                visible += sees(cell) ? 1 : 0;
            }
            counts(viewer, readable, visible);
        });

        System.out.printf("Access matrix: %d viewers × %d networks, %d checks%n", PEOPLE.size(), kinds.size(), checks);
        assertThat(failures).as("cells that disagree with the table").isEmpty();
        assertThat(checks).isGreaterThan(1000);
    }

    // ---- the surfaces -----------------------------------------------------------------------

    private void every(String viewer, Kind kind, String cell) {
        var where = viewer + " on " + kind.code() + " (" + cell + "): ";
        // pages and the API for the network itself
        status(where + "network page", html(viewer).get(base + "networks/" + kind.slug()), sees(cell) ? 200 : 404);
        status(where + "network API", as(viewer).get(base + "api/v1/networks/" + kind.slug()), sees(cell) ? 200 : 404);
        // the post, as a page and through the API
        status(where + "post page", html(viewer).get(base + "blog/posts/" + kind.postId()), reads(cell) ? 200 : 404);
        status(where + "post API", as(viewer).get(base + "api/v1/posts/" + kind.postId()), reads(cell) ? 200 : 404);
        // lists
        status(where + "member list", as(viewer).get(base + "api/v1/networks/" + kind.slug() + "/members"), content(cell));
        status(where + "network blog", as(viewer).queryParam("network", kind.slug()).get(base + "api/v1/posts"), content(cell));
        contains(where + "directory", as(viewer).queryParam("topic", run).queryParam("size", "100")
                .get(base + "api/v1/networks"), "items.slug", kind.slug(), sees(cell));
        contains(where + "tag list", as(viewer).queryParam("tag", kind.tag()).get(base + "api/v1/posts"),
                "items.id", (int) kind.postId(), reads(cell));
        // search and suggestions
        contains(where + "post search", as(viewer).queryParam("q", kind.word()).get(base + "api/v1/posts"),
                "items.id", (int) kind.postId(), reads(cell));
        contains(where + "network search", as(viewer).queryParam("q", kind.word()).get(base + "api/v1/networks"),
                "items.slug", kind.slug(), sees(cell));
        contains(where + "name suggestions", as(viewer).queryParam("q", kind.name()).get(base + "api/v1/networks/suggestions"),
                "$", kind.name(), sees(cell));
        contains(where + "tag suggestions", as(viewer).queryParam("prefix", kind.tag()).get(base + "api/v1/tags"),
                "$", kind.tag(), reads(cell));
        // feeds
        var feed = given().auth().oauth2(Tokens.of(viewer)).get(base + "feeds/networks/" + kind.slug() + ".atom");
        status(where + "network feed", feed, content(cell));
        body(where + "tag feed", given().auth().oauth2(Tokens.of(viewer)).get(base + "feeds/tags/" + kind.tag() + ".atom"),
                "Post " + kind.word(), reads(cell));
        // memberships on profiles: only where the member list may be read
        contains(where + "profile networks API", as(viewer).get(base + "api/v1/people/carmen/networks"),
                "slug", kind.slug(), reads(cell));
        body(where + "profile page", html(viewer).get(base + "people/carmen"), kind.name(), reads(cell));
        // the owners' CSV export
        status(where + "CSV export", given().auth().oauth2(Tokens.of(viewer)).get(base + "api/v1/networks/" + kind.slug()
                + "/members.csv"), manages(cell) ? 200 : sees(cell) ? 403 : 404);
    }

    /** Totals are honest: they count exactly what the viewer may see. */
    private void counts(String viewer, int readable, int visible) {
        var posts = as(viewer).queryParam("tag", run).queryParam("size", "100").get(base + "api/v1/posts");
        equal(viewer + ": post count for the run's tag", posts.jsonPath().getInt("total"), readable);
        var networks = as(viewer).queryParam("topic", run).queryParam("size", "100").get(base + "api/v1/networks");
        equal(viewer + ": network count for the run's topic", networks.jsonPath().getInt("total"), visible);
        var found = as(viewer).queryParam("q", run).queryParam("size", "100").get(base + "api/v1/posts");
        equal(viewer + ": post search total", found.jsonPath().getInt("total"), readable);
    }

    private static boolean sees(String cell) {
        return !"-".equals(cell);
    }

    private static boolean reads(String cell) {
        return "R".equals(cell) || "M".equals(cell);
    }

    private static boolean manages(String cell) {
        return "M".equals(cell);
    }

    /** Content surfaces: readable 200, visible but closed 403, invisible 404. */
    private static int content(String cell) {
        return reads(cell) ? 200 : sees(cell) ? 403 : 404;
    }

    // ---- checking -----------------------------------------------------------------------------

    private void status(String what, Response response, int expected) {
        checks++;
        if (response.statusCode() != expected) {
            failures.add(what + ": expected " + expected + ", got " + response.statusCode());
        }
    }

    private void contains(String what, Response response, String path, Object value, boolean expected) {
        checks++;
        if (response.statusCode() != 200) {
            failures.add(what + ": answered " + response.statusCode());
            return;
        }
        List<Object> values = response.jsonPath().getList(path);
        if (values.contains(value) != expected) {
            failures.add(what + ": expected " + (expected ? "to contain " : "not to contain ") + value + " in " + values);
        }
    }

    private void body(String what, Response response, String text, boolean expected) {
        checks++;
        var found = response.statusCode() == 200 && response.asString().contains(text);
        if (found != expected) {
            failures.add(what + ": expected " + (expected ? "" : "no ") + "'" + text + "' (status " + response.statusCode() + ")");
        }
    }

    private void equal(String what, int actual, int expected) {
        checks++;
        if (actual != expected) {
            failures.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    // ---- the networks ---------------------------------------------------------------------------

    /** A network of one kind, with every standing of the table and one post by the author. */
    private Kind create(String code) {
        var name = "Matrix " + code + " " + run;
        var word = run + code.toLowerCase();
        var content = code.charAt(1) == 'M' ? "members-only" : "public";
        var slug = as("alice").body(Map.of("name", name, "description", "Access matrix " + word, "purpose", "Testing access",
                        "topics", List.of(run), "departments", List.of("Engineering"), "visibility", "listed",
                        "contentAccess", content, "joinPolicy", "request"))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        for (var person : List.of("bob", "carmen", "priya")) {
            as(person).body(Map.of()).post(base + "api/v1/networks/" + slug + "/requests").then().statusCode(200);
            as("alice").post(base + "api/v1/networks/" + slug + "/requests/" + person + "/approve").then().statusCode(200);
        }
        as("alice").body(Map.of("role", "moderator")).put(base + "api/v1/networks/" + slug + "/members/bob/role")
                .then().statusCode(200);
        as("leo").get(base + "api/v1/me").then().statusCode(200); // signed in once, so there is a leo to invite
        as("alice").body(Map.of("username", "leo")).post(base + "api/v1/networks/" + slug + "/invitations").then().statusCode(201);
        as("omar").body(Map.of("message", "Let me in")).post(base + "api/v1/networks/" + slug + "/requests").then().statusCode(200);
        var tag = word + "-tag";
        long postId = as("priya").body(Map.of("title", "Post " + word, "body", "Findable by " + word, "tags", List.of(tag, run),
                        "network", slug, "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        if (code.charAt(0) == 'H') {
            var network = as("alice").get(base + "api/v1/networks/" + slug).then().statusCode(200).extract().jsonPath();
            as("alice").body(Map.of("charter", Map.of("name", name, "description", "Access matrix " + word, "purpose", "Testing access",
                            "topics", List.of(run), "departments", List.of("Engineering"), "visibility", "hidden",
                            "contentAccess", content, "joinPolicy", "request"), "version", network.getLong("version")))
                    .put(base + "api/v1/networks/" + slug).then().statusCode(200);
        }
        if (code.charAt(2) == 'X') {
            as("olivia").body(Map.of("reason", "Done")).post(base + "api/v1/networks/" + slug + "/archive").then().statusCode(200);
        }
        return new Kind(code, slug, name, postId, word, tag);
    }

    /** Search follows the database within seconds: wait until the admin finds everything. */
    private void awaitSearchSettled(java.util.Collection<Kind> kinds) {
        Predicate<Kind> searchable = kind -> {
            var response = as("olivia").queryParam("q", kind.word()).get(base + "api/v1/posts");
            return response.statusCode() == 200 && response.jsonPath().getList("items.id").contains((int) kind.postId());
        };
        Stack.await("every matrix post to be searchable", Duration.ofSeconds(30), () -> kinds.stream().allMatch(searchable));
        Stack.awaitOutboxEmpty("the outbox to be empty", Duration.ofSeconds(30));
    }
}
