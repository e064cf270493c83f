package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Importing the HR directory and content: the documented example, idempotence, line-by-line
 * validation, files refused whole, sign-in matching, who left, progress and cancel.
 */
class ImportIT extends AgainstTheServer {

    private static final Path EXAMPLES = Path.of("../../docs/examples");

    @Test
    void the_documented_example_imports_and_a_second_run_changes_nothing() throws Exception {
        var hrFile = Files.readAllBytes(EXAMPLES.resolve("hr-directory.csv"));
        var contentFile = Files.readAllBytes(EXAMPLES.resolve("content.jsonl"));

        var hr = awaitEnd(upload("hr", hrFile, false));
        assertThat(hr.getString("state")).isEqualTo("done");
        assertThat(hr.getLong("total")).isEqualTo(6);
        assertThat(hr.getLong("rejected")).isZero();
        var content = awaitEnd(upload("content", contentFile, false));
        assertThat(content.getString("state")).isEqualTo("done");
        assertThat(content.getString("source")).isEqualTo("example-intranet");
        assertThat(content.getLong("total")).isEqualTo(21);
        assertThat(content.getLong("rejected")).as(errors(content.getLong("id"))).isZero();

        // The org chart, a manager listed after their report, and HR's fields.
        var zoe = as("olivia").get(base + "api/v1/people/zoe.muller").then().statusCode(200).extract().jsonPath();
        assertThat(zoe.getString("displayName")).isEqualTo("Zoë Müller");
        assertThat(zoe.getString("manager.username")).isEqualTo("jose.garcia");
        assertThat(zoe.getList("languages")).containsExactly("German", "English", "French");
        var grace = as("sam").get(base + "api/v1/people/grace.hopper").then().statusCode(200).extract().jsonPath();
        assertThat(grace.getList("reports.username")).containsExactlyInAnyOrder("edsger.dijkstra", "barbara.liskov");
        html("sam").get(base + "people/grace.hopper").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Direct reports (2)"))
                .body(org.hamcrest.Matchers.containsString("Edsger Dijkstra"));

        // Content keeps its authors, dates, roles and counters; the hidden network stays hidden.
        var network = as("olivia").get(base + "api/v1/networks/example-compiler-craft-circle").then().statusCode(200)
                .extract().jsonPath();
        assertThat(network.getInt("memberCount")).isEqualTo(4);
        as("sam").get(base + "api/v1/networks/example-budget-owners-forum").then().statusCode(404);
        var posts = as("sam").queryParam("network", "example-compiler-craft-circle").get(base + "api/v1/posts")
                .then().statusCode(200).extract().jsonPath();
        assertThat(posts.getList("items.title")).contains("Why we still write recursive descent parsers");
        long postId = posts.getLong("items.find { it.title == 'Why we still write recursive descent parsers' }.id");
        var page = as("sam").get(base + "api/v1/posts/" + postId).then().statusCode(200).extract().jsonPath();
        assertThat(page.getString("post.author.username")).isEqualTo("grace.hopper");
        assertThat(page.getString("post.publishAt")).startsWith("2019-03-05T11:00");
        assertThat(page.getInt("post.commentCount")).isEqualTo(2);
        assertThat(page.getInt("post.thanksCount")).isEqualTo(1);
        assertThat(page.getString("post.html")).contains("<strong>recursive descent</strong>");
        assertThat(page.getList("comments.author.username")).containsExactly("edsger.dijkstra", "barbara.liskov");
        assertThat(page.getList("thankedBy.username")).containsExactly("edsger.dijkstra");

        var again = awaitEnd(upload("content", contentFile, false));
        assertThat(again.getLong("imported")).isZero();
        assertThat(again.getLong("unchanged")).isEqualTo(21);
        assertThat(again.getLong("rejected")).isZero();
        var hrAgain = awaitEnd(upload("hr", hrFile, false));
        assertThat(hrAgain.getLong("imported")).isZero();
        assertThat(hrAgain.getLong("unchanged")).isEqualTo(6);
        assertThat(as("sam").get(base + "api/v1/posts/" + postId).jsonPath().getInt("post.commentCount")).isEqualTo(2);
    }

    @Test
    void bad_lines_are_reported_with_their_reasons_and_the_rest_is_imported() {
        var tag = tag();
        var file = String.join("\n",
                header(tag),
                "{\"type\":\"person\",\"id\":\"a\",\"name\":\"Able " + tag + "\",\"email\":\"able." + tag + "@example.com\"}",
                "{\"type\":\"person\",\"id\":\"b\",\"name\":\"Baker " + tag + "\",\"email\":\"baker." + tag + "@example.com\"}",
                "{\"type\":\"person\",\"id\":\"a\",\"name\":\"Again\",\"email\":\"again." + tag + "@example.com\"}",
                "{\"type\":\"post\",\"id\":\"p\",\"author\":\"a\",\"title\":\"Fine " + tag + "\",\"body\":\"ok\"}",
                "{this is not json",
                "{\"type\":\"poll\",\"id\":\"x\"}",
                "{\"type\":\"post\",\"id\":\"q\",\"author\":\"nobody\",\"title\":\"t\",\"body\":\"b\"}",
                "{\"type\":\"post\",\"id\":\"r\",\"author\":\"a\",\"title\":\"" + "x".repeat(201) + "\",\"body\":\"b\"}",
                "{\"type\":\"thanks\",\"post\":\"p\",\"person\":\"a\"}",
                "{\"type\":\"thanks\",\"post\":\"p\",\"person\":\"b\"}",
                "{\"type\":\"person\",\"id\":\"c\",\"name\":\"No mail\",\"email\":\"not-an-address\"}");
        var job = awaitEnd(upload("content", file.getBytes(StandardCharsets.UTF_8), false));
        assertThat(job.getString("state")).isEqualTo("done");
        assertThat(job.getLong("imported")).isEqualTo(4);
        assertThat(job.getLong("rejected")).isEqualTo(7);

        var errors = as("olivia").get(base + "api/v1/imports/" + job.getLong("id") + "/errors").then().statusCode(200)
                .extract().jsonPath();
        assertThat(errors.getList("items.line", Integer.class)).containsExactly(4, 6, 7, 8, 9, 10, 12);
        assertThat(errors.getString("items[0].reason")).contains("already on line 2");
        assertThat(errors.getString("items[1].reason")).startsWith("Malformed JSON");
        assertThat(errors.getString("items[2].field")).isEqualTo("type");
        assertThat(errors.getString("items[3].field")).isEqualTo("author");
        assertThat(errors.getString("items[3].reason")).contains("Unknown person “nobody”");
        assertThat(errors.getString("items[4].field")).isEqualTo("title");
        assertThat(errors.getString("items[5].reason")).contains("own post");
        assertThat(errors.getString("items[6].field")).isEqualTo("email");

        Stack.await("the imported post to be searchable", Duration.ofSeconds(20),
                () -> as("sam").queryParam("q", tag).get(base + "api/v1/posts").jsonPath().getList("items").size() == 1);
        html("olivia").get(base + "admin/imports/" + job.getLong("id")).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Rejected lines (7)"))
                .body(org.hamcrest.Matchers.containsString("Malformed JSON"));
    }

    @Test
    void a_file_that_cannot_be_read_is_refused_whole_and_only_admins_import() {
        var latin1 = "employee_id,email,name\nE1,jos\u00e9@example.com,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        var refused = upload("hr", latin1, false, 400);
        assertThat(refused.getString("errors[0].message")).contains("not UTF-8");
        assertThat(upload("hr", "id,mail,name\n1,a@b.c,A\n".getBytes(StandardCharsets.UTF_8), false, 400).getString("errors[0].message"))
                .contains("employee_id", "email");
        assertThat(upload("content", "{\"format\":\"guildhall-content\",\"version\":2,\"source\":\"x\"}\n"
                .getBytes(StandardCharsets.UTF_8), false, 400).getString("errors[0].message")).contains("version 1");
        assertThat(upload("content", "not json at all\n".getBytes(StandardCharsets.UTF_8), false, 400).getString("errors[0].message"))
                .contains("header");
        assertThat(upload("spreadsheet", "x".getBytes(StandardCharsets.UTF_8), false, 400).getString("errors[0].message")).contains("hr");
        given().auth().oauth2(Tokens.of("sam")).contentType("application/octet-stream").body("employee_id,email,name\n".getBytes(StandardCharsets.UTF_8))
                .queryParam("kind", "hr").post(base + "api/v1/imports").then().statusCode(403);
        as("sam").get(base + "api/v1/imports").then().statusCode(403);
        as("olivia").get(base + "api/v1/imports/987654321").then().statusCode(404);
    }

    @Test
    void at_first_sign_in_the_tokens_email_finds_the_imported_person() {
        var username = "newhire" + tag();
        var employeeId = "NH-" + tag();
        var csv = "employee_id,email,name,department,title,username\n"
                + employeeId + "," + username.toUpperCase() + "@GUILDHALL.EXAMPLE,New Hire,Research,Scientist,hire-" + username + "\n";
        assertThat(awaitEnd(upload("hr", csv.getBytes(StandardCharsets.UTF_8), false)).getLong("imported")).isEqualTo(1);
        as("olivia").get(base + "api/v1/people/hire-" + username).then().statusCode(200);

        KeycloakAdmin.employee(username, "Token", "Name", "Sales", "Sales Rep");
        var me = as(username).get(base + "api/v1/me").then().statusCode(200).extract().jsonPath();
        assertThat(me.getString("username")).isEqualTo(username);
        assertThat(me.getString("department")).as("HR owns the department").isEqualTo("Research");
        assertThat(me.getString("title")).isEqualTo("Scientist");
        as("olivia").get(base + "api/v1/people/hire-" + username).then().statusCode(404);
        Stack.await("the claimed profile to be searchable", Duration.ofSeconds(20), () -> as("olivia")
                .queryParam("q", "Token Name").get(base + "api/v1/people").jsonPath().getList("items.username").contains(username));
        assertThat(as("olivia").queryParam("q", "Token Name").get(base + "api/v1/people").jsonPath().getList("items.username"))
                .doesNotContain("hire-" + username);
    }

    @Test
    void a_guessed_sign_in_name_does_not_hand_someone_else_the_imported_profile() {
        var username = "guess" + tag();
        var employeeId = "GU-" + tag();
        // HR guessed this person's sign-in name from an email that is not the name's owner's.
        var csv = "employee_id,email,name,department\n" + employeeId + "," + username + "@elsewhere.example,Other Person,Finance\n";
        awaitEnd(upload("hr", csv.getBytes(StandardCharsets.UTF_8), false));
        as("olivia").get(base + "api/v1/people/" + username).then().statusCode(200);

        KeycloakAdmin.employee(username, "Real", "Owner", "Sales", "Sales Rep");
        var me = as(username).get(base + "api/v1/me").then().statusCode(200).extract().jsonPath();
        assertThat(me.getString("displayName")).isEqualTo("Real Owner");
        assertThat(me.getString("department")).isEqualTo("Sales");
        var other = as("olivia").get(base + "api/v1/people/" + username + "." + employeeId.toLowerCase())
                .then().statusCode(200).extract().jsonPath();
        assertThat(other.getString("displayName")).isEqualTo("Other Person");
        assertThat(other.getString("email")).isEqualTo(username + "@elsewhere.example");
    }

    @Test
    void a_full_import_marks_who_left_and_bad_managers_are_reported() {
        var t = tag();
        var first = "employee_id,email,name,manager_id\n"
                + "A" + t + ",a" + t + "@example.com,Anna " + t + ",\n"
                + "B" + t + ",b" + t + "@example.com,Ben " + t + ",C" + t + "\n"
                + "C" + t + ",c" + t + "@example.com,Cleo " + t + ",B" + t + "\n"
                + "D" + t + ",d" + t + "@example.com,Dan " + t + ",NOBODY" + t + "\n"
                + "A" + t + ",dup" + t + "@example.com,Dup " + t + ",\n";
        var job = awaitEnd(upload("hr", first.getBytes(StandardCharsets.UTF_8), false));
        assertThat(job.getLong("imported")).isEqualTo(4);
        var errors = as("olivia").get(base + "api/v1/imports/" + job.getLong("id") + "/errors").jsonPath();
        assertThat(errors.getList("items.line", Integer.class)).containsExactly(3, 4, 5, 6);
        assertThat(errors.getList("items.field")).containsExactly("manager_id", "manager_id", "manager_id", "employee_id");
        assertThat(errors.getString("items[0].reason")).contains("circle");
        assertThat(errors.getString("items[2].reason")).contains("NOBODY" + t);

        var everyone = as("olivia").get(base + "api/v1/people/a" + t).then().statusCode(200).extract().jsonPath();
        assertThat(everyone.getString("leftAt")).isNull();
        // As a spreadsheet saves it (a byte-order mark first); Cleo's row is rejected, but she is listed.
        var full = "\uFEFFemployee_id,email,name,hire_date\n" + "A" + t + ",a" + t + "@example.com,Anna " + t + ",\n"
                + "C" + t + ",c" + t + "@example.com,Cleo " + t + ",someday\n";
        var fullJob = awaitEnd(upload("hr", full.getBytes(StandardCharsets.UTF_8), true));
        assertThat(fullJob.getLong("rejected")).isEqualTo(1);
        assertThat(as("olivia").get(base + "api/v1/people/b" + t).jsonPath().getString("leftAt")).isNotNull();
        assertThat(as("olivia").get(base + "api/v1/people/d" + t).jsonPath().getString("leftAt")).isNotNull();
        assertThat(as("olivia").get(base + "api/v1/people/a" + t).jsonPath().getString("leftAt")).isNull();
        assertThat(as("olivia").get(base + "api/v1/people/c" + t).jsonPath().getString("leftAt")).isNull();
        html("sam").get(base + "people/b" + t).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Left the company"));
        as("alice").get(base + "api/v1/me").then().statusCode(200);
        var slug = as("alice").queryParam("confirmSimilar", "true")
                .body(Map.of("name", "Leavers test " + t, "description", "d", "purpose", "p", "visibility", "listed",
                        "contentAccess", "public", "joinPolicy", "invitation"))
                .post(base + "api/v1/networks").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        assertThat(as("alice").body(Map.of("username", "b" + t)).post(base + "api/v1/networks/" + slug + "/invitations")
                .then().statusCode(400).extract().<String>path("errors[0].message")).contains("has left");
        // Listed again, they are back.
        awaitEnd(upload("hr", first.getBytes(StandardCharsets.UTF_8), false));
        assertThat(as("olivia").get(base + "api/v1/people/b" + t).jsonPath().getString("leftAt")).isNull();
    }

    @Test
    void a_long_import_shows_progress_and_stops_when_cancelled() {
        var t = tag();
        var file = new StringBuilder(header(t)).append('\n');
        for (int i = 0; i < 30_000; i++) {
            file.append("{\"type\":\"person\",\"id\":\"p").append(i).append("\",\"name\":\"Bulk ").append(i)
                    .append("\",\"email\":\"bulk").append(i).append('.').append(t).append("@example.com\"}\n");
        }
        long id = upload("content", file.toString().getBytes(StandardCharsets.UTF_8), false).getLong("id");
        var running = new AtomicReference<JsonPath>();
        Stack.await("the import to make progress", Duration.ofSeconds(60), () -> {
            var job = job(id);
            running.set(job);
            return job.getLong("done") > 0 && "running".equals(job.getString("state"));
        });
        assertThat(running.get().getLong("total")).isEqualTo(30_000);
        assertThat(running.get().getDouble("recordsPerSecond")).isPositive();
        assertThat(running.get().getInt("percent")).isBetween(0, 99);
        html("olivia").get(base + "admin/imports/" + id + "/progress").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("records read"));

        as("olivia").post(base + "api/v1/imports/" + id + "/cancel").then().statusCode(200);
        var ended = awaitEnd(id);
        assertThat(ended.getString("state")).isEqualTo("cancelled");
        assertThat(ended.getLong("done")).isLessThan(30_000);
        assertThat(ended.getLong("imported")).isEqualTo(ended.getLong("done"));
        as("olivia").post(base + "api/v1/imports/" + id + "/cancel").then().statusCode(409);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private JsonPath upload(String kind, byte[] file, boolean full) {
        return upload(kind, file, full, 202);
    }

    private JsonPath upload(String kind, byte[] file, boolean full, int status) {
        return given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON).contentType("application/octet-stream")
                .queryParam("kind", kind).queryParam("full", full).queryParam("name", kind + "-upload")
                .body(file).post(base + "api/v1/imports").then().statusCode(status).extract().jsonPath();
    }

    private JsonPath job(long id) {
        return as("olivia").get(base + "api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath awaitEnd(JsonPath queued) {
        return awaitEnd(queued.getLong("id"));
    }

    private JsonPath awaitEnd(long id) {
        var last = new AtomicReference<JsonPath>();
        Stack.await("import " + id + " to end", Duration.ofSeconds(120), () -> {
            last.set(job(id));
            return List.of("done", "failed", "cancelled").contains(last.get().getString("state"));
        });
        return last.get();
    }

    private String errors(long id) {
        return as("olivia").get(base + "api/v1/imports/" + id + "/errors").asString();
    }

    private static String header(String tag) {
        return "{\"format\":\"guildhall-content\",\"version\":1,\"source\":\"it-" + tag + "\"}";
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
