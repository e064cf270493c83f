package org.guildhall.it;

import static io.restassured.RestAssured.given;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A small organisation for expertise tests, imported through the documented content import (so
 * that dates, departments and consent are as a test needs them), with names unique to this run:
 * <ul>
 * <li>a skill "Fermentation Science {run}" (alias "zymurgy-{run}") whose jargon is invented words
 *     ending in the run's suffix, so other runs and tests cannot disturb its vocabulary;</li>
 * <li>three researchers in Brewing Research who declare it and write in its jargon;</li>
 * <li>{@code hidden}: a Finance analyst who writes in its jargon, thanked, and never declares it;</li>
 * <li>{@code optedOut}: a Finance accountant who does the same but did not opt in to talent discovery;</li>
 * <li>{@code loud}: a marketer who names the skill in many posts, without its jargon;</li>
 * <li>{@code veteran} and {@code recent}: the same jargon, six years ago and this month;</li>
 * <li>{@code secret}: a lawyer whose jargon posts are all in a members-only network alice belongs to.</li>
 * </ul>
 */
final class ExpertiseOrg {

    final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    final String skill = "Fermentation Science " + run;
    final String alias = "zymurgy-" + run;
    final String slug = "fermentation-science-" + run;
    final String hidden = "hid" + run;
    final String optedOut = "opt" + run;
    final String loud = "loud" + run;
    final String veteran = "vet" + run;
    final String recent = "rec" + run;
    final String secret = "sec" + run;
    final List<String> researchers = List.of("res1" + run, "res2" + run, "res3" + run);
    final List<String> jargon = List.of("wort", "lauter", "krausen", "diacetyl", "attenuation", "sparge", "flocculation",
            "pitching").stream().map(w -> w + run).toList();

    private final URL base;
    private final List<String> lines = new ArrayList<>();
    private int ids;

    ExpertiseOrg(URL base) {
        this.base = base;
    }

    /** Builds the file, imports it, waits for search to hold it and for the vocabulary to be learned from it. */
    ExpertiseOrg imported() {
        build();
        var file = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        var job = given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON).contentType("application/octet-stream")
                .queryParam("kind", "content").queryParam("name", "expertise-" + run)
                .body(file).post(base + "api/v1/imports").then().statusCode(202).extract().jsonPath();
        var last = new AtomicReference<JsonPath>();
        Stack.await("the expertise import", Duration.ofSeconds(120), () -> {
            last.set(given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON)
                    .get(base + "api/v1/imports/" + job.getLong("id")).then().extract().jsonPath());
            return List.of("done", "failed", "cancelled").contains(last.get().getString("state"));
        });
        if (!"done".equals(last.get().getString("state")) || last.get().getLong("rejected") > 0) {
            throw new AssertionError("The expertise import did not go through: " + last.get().prettify() + "\n"
                    + given().auth().oauth2(Tokens.of("olivia")).get(base + "api/v1/imports/" + job.getLong("id") + "/errors").asString());
        }
        Stack.awaitOutboxEmpty("search to hold the import", Duration.ofSeconds(60));
        learnVocabulary(base);
        return this;
    }

    /** Asks for the vocabulary to be learned and waits until a run that started after the request is done. */
    static void learnVocabulary(URL base) {
        // Delivered is not yet searchable: Elasticsearch shows new documents at its next refresh (1 s),
        // and learning from an index that lacks the newest writing learns nothing from it.
        given().post(Stack.ELASTICSEARCH + "/guildhall-contributions/_refresh").then().statusCode(200);
        var asked = Instant.now().minusSeconds(1);
        for (int attempt = 0; attempt < 3; attempt++) {
            var job = given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON)
                    .post(base + "api/v1/admin/expertise/vocabulary").then().statusCode(202).extract().jsonPath();
            long id = job.getLong("id");
            var done = new AtomicReference<JsonPath>();
            Stack.await("vocabulary job " + id, Duration.ofSeconds(120), () -> {
                done.set(given().auth().oauth2(Tokens.of("olivia")).accept(ContentType.JSON)
                        .get(base + "api/v1/admin/expertise/vocabulary").then().statusCode(200).extract().jsonPath());
                return done.get().getLong("id") == id && List.of("DONE", "FAILED").contains(done.get().getString("state"));
            });
            if ("FAILED".equals(done.get().getString("state"))) {
                throw new AssertionError("Learning the vocabulary failed: " + done.get().getString("error"));
            }
            if (!Instant.parse(done.get().getString("requestedAt")).isBefore(asked)) {
                return;
            }
        }
        throw new AssertionError("No vocabulary run started after the request");
    }

    private void build() {
        line(new Record().add("format", "guildhall-content").add("version", 1).add("source", "it-expertise-" + run));
        line(record("skill").add("name", skill).add("category", "Operations").add("aliases", List.of(alias)));
        person("alice", "Alice Moreau", "alice@guildhall.example", null, null, null, true);
        for (var r : researchers) {
            person(r, "Researcher " + r, r + "@guildhall.example", "Brewing Research " + run, "Research Scientist", skill, true);
        }
        person(hidden, "Hidden " + run, hidden + "@guildhall.example", "Finance " + run, "Financial Analyst", null, true);
        person(optedOut, "Opted Out " + run, optedOut + "@guildhall.example", "Finance " + run, "Accountant", null, false);
        person(loud, "Loud " + run, loud + "@guildhall.example", "Marketing " + run, "Brand Manager", null, true);
        person(veteran, "Veteran " + run, veteran + "@guildhall.example", "Brewing Research " + run, "Brewer", null, true);
        person(recent, "Recent " + run, recent + "@guildhall.example", "Brewing Research " + run, "Brewer", null, true);
        person(secret, "Secret " + run, secret + "@guildhall.example", "Law Office " + run, "Solicitor", null, true);
        network("open", "Brew Lab " + run, researchers.get(0), "public", "fermentation science " + run);
        network("closed", "Quiet Cellar " + run, secret, "members_only", "cellars");
        line(record("member").add("network", "closed").add("person", "alice"));
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (var r : researchers) {
            for (int i = 0; i < 4; i++) {
                post(r, "open", "Notes on the mash " + i, jargonText(i), now.minus(10 + i, ChronoUnit.DAYS), List.of());
            }
        }
        for (int i = 0; i < 4; i++) {
            var id = post(hidden, null, "What our cash forecasts taught me about batches " + i, jargonText(i + 1),
                    now.minus(5 + i, ChronoUnit.DAYS), List.of());
            line(record("thanks").add("person", researchers.get(0)).add("post", id));
            line(record("thanks").add("person", researchers.get(1)).add("post", id));
            post(optedOut, null, "Evening brewing " + i, jargonText(i + 2), now.minus(6 + i, ChronoUnit.DAYS), List.of());
            post(recent, null, "Cellar diary " + i, jargonText(i), now.minus(3 + i, ChronoUnit.DAYS), List.of());
            post(veteran, null, "Cellar diary " + i, jargonText(i), now.minus(6 * 365 + i, ChronoUnit.DAYS), List.of());
            post(secret, "closed", "Private tasting " + i, jargonText(i + 3), now.minus(4 + i, ChronoUnit.DAYS), List.of());
        }
        for (int i = 0; i < 8; i++) {
            post(loud, null, skill + " is the future " + i, "Everyone should learn " + skill + ". " + skill
                    + " matters, " + skill + " changes everything. I love " + skill + "!", now.minus(i, ChronoUnit.DAYS),
                    List.of(alias));
        }
    }

    /** A paragraph that uses four of the skill's jargon words, as an expert writes. */
    String jargonText(int offset) {
        var words = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            words.add(jargon.get((offset + i * 2) % jargon.size()));
        }
        return "We checked the " + words.get(0) + " before the " + words.get(1) + ", then watched the " + words.get(2)
                + " closely; the " + words.get(3) + " came out as planned and the team agreed on the next batch.";
    }

    private void person(String id, String name, String email, String department, String title, String declares,
                        boolean talentDiscovery) {
        var person = record("person").add("id", id).add("name", name).add("email", email).add("username", id)
                .add("talentDiscovery", talentDiscovery);
        if (department != null) {
            person.add("department", department).add("title", title);
        }
        if (declares != null) {
            person.add("skills", List.of(Map.of("skill", declares, "level", 4)));
        }
        line(person);
    }

    private void network(String id, String name, String creator, String access, String topic) {
        line(record("network").add("id", id).add("name", name).add("description", "A network for " + name)
                .add("purpose", "Share what we learn.").add("createdBy", creator).add("contentAccess", access)
                .add("topics", List.of(topic)));
    }

    private String post(String author, String network, String title, String body, Instant at, List<String> tags) {
        var id = "p" + (++ids);
        var post = record("post").add("id", id).add("author", author).add("title", title).add("body", body)
                .add("publishedAt", at.toString());
        if (network != null) {
            post.add("network", network);
        }
        line(post.add("tags", tags));
        return id;
    }

    /** One line of the file. */
    private static final class Record {
        final Map<String, Object> fields = new java.util.LinkedHashMap<>();

        Record add(String name, Object value) {
            fields.put(name, value);
            return this;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Record record(String type) {
        return new Record().add("type", type);
    }

    private void line(Record record) {
        try {
            lines.add(JSON.writeValueAsString(record.fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET as someone, as JSON. */
    JsonPath get(String username, String path, Map<String, ?> query) {
        return given().auth().oauth2(Tokens.of(username)).accept(ContentType.JSON).queryParams(query)
                .get(base + path).then().statusCode(200).extract().jsonPath();
    }
}
