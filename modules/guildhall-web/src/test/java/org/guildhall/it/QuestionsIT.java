package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Questions through the API against the real stack: asking, answering, voting, accepting and
 * editing with their refusals; similar questions trimmed by visibility; routing to experts (who
 * is chosen and why, the notification, declines weighing against a skill, members-only questions
 * routed to members only, widening on a moved clock, the owners last); answers as evidence and
 * reputation; promotion to the wiki; metrics; and the import's question records.
 *
 * <p>Every skill here is made for the test run, with words of its own, so only this test's
 * writing is evidence for it. Nobody in the test realm says they are open to questions, so
 * availability weighs the same for everyone here.
 */
class QuestionsIT extends AgainstTheServer {

    private static String word() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private void signIn(String... people) {
        for (var u : people) {
            as(u).get(base + "api/v1/me").then().statusCode(200);
        }
    }

    /** A skill of its own with an alias tag, as an administrator defines it; answers the alias. */
    private String skill(String name) {
        var alias = name.toLowerCase().replace(' ', '-') + "-tag";
        as("olivia").body(Map.of("name", name, "category", "Engineering", "aliases", List.of(alias)))
                .post(base + "api/v1/admin/skills").then().statusCode(201);
        return alias;
    }

    private String network(String owner, String access, String... members) {
        var slug = as(owner).body(Map.of("name", "Questions " + word(), "description", "d", "purpose", "p",
                        "visibility", "listed", "contentAccess", access, "joinPolicy", "open"))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        for (var member : members) {
            as(member).post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        }
        return slug;
    }

    /**
     * {@code count} posts on the skill by {@code author}: its name and words of its own in the text,
     * its alias as a tag. Nothing else is written in them, so that the vocabulary the application
     * learns for the skill (from what is tagged with it) holds no word anybody else uses.
     */
    private void writes(String author, String network, String skill, String alias, int count) {
        var stem = alias.replaceAll("[^a-z0-9]", "");
        var jargon = List.of(stem + "glaze", stem + "kiln", stem + "sheen");
        for (int i = 0; i < count; i++) {
            var body = new HashMap<String, Object>(Map.of("title", skill + " " + jargon.get(i % jargon.size()),
                    "body", skill + ": " + String.join(", ", jargon) + ".", "tags", List.of(alias), "publishing", "now"));
            if (network != null) {
                body.put("network", network);
            }
            as(author).body(body).post(base + "api/v1/posts").then().statusCode(201);
        }
    }

    /**
     * Waits for search to hold everything written so far, and makes it searchable now (on a fresh
     * database the indices may still be being built when a test starts).
     */
    static void evidenceIndexed() {
        Stack.awaitOutboxEmpty("the evidence to reach search", Duration.ofSeconds(60));
        Stack.await("the contributions and questions indices", Duration.ofSeconds(60), () -> List.of("contributions", "questions")
                .stream().allMatch(index -> given().post(Stack.ELASTICSEARCH + "/guildhall-" + index + "/_refresh").statusCode() == 200));
    }

    private long ask(String asker, String network, String title, List<String> tags, List<String> skills) {
        var body = new HashMap<String, Object>(Map.of("title", title, "body", "Details of: " + title, "tags", tags, "skills", skills));
        if (network != null) {
            body.put("network", network);
        }
        return as(asker).body(body).post(base + "api/v1/questions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long answer(String author, long question, String text) {
        return as(author).body(Map.of("body", text)).post(base + "api/v1/questions/" + question + "/answers").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The people the question was offered to, in the order chosen, once {@code done} holds of them. */
    private List<Map<String, Object>> routes(String asker, long question, Predicate<List<Map<String, Object>>> done) {
        var last = new AtomicReference<List<Map<String, Object>>>(List.of());
        Stack.await("routes of question " + question, Duration.ofSeconds(60), () -> {
            last.set(as(asker).get(base + "api/v1/questions/" + question + "/routes").then().statusCode(200)
                    .extract().jsonPath().getList("$"));
            return done.test(last.get());
        });
        return last.get();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(List<Map<String, Object>> routes, int round) {
        var names = new ArrayList<String>();
        routes.stream().filter(r -> ((Number) r.get("round")).intValue() == round)
                .forEach(r -> names.add((String) ((Map<String, Object>) r.get("person")).get("username")));
        return names;
    }

    @Test
    void asking_answering_voting_accepting_and_editing_with_clear_refusals() {
        signIn("alice", "bob", "carmen", "leo");
        var tag = word();
        // Bad input changes nothing and says why.
        as("bob").body(Map.of("title", "", "tags", List.of(tag))).post(base + "api/v1/questions").then().statusCode(400)
                .body("errors.field", hasItem("title"));
        as("bob").body(Map.of("title", "Which skill is this about, anyway?", "skills", List.of("No such skill " + tag)))
                .post(base + "api/v1/questions").then().statusCode(400).body("errors.field", hasItem("skills"));
        var closedNet = network("alice", "members-only");
        as("bob").body(Map.of("title", "May I ask in a network I am not in?", "network", closedNet))
                .post(base + "api/v1/questions").then().statusCode(403);
        as("bob").get(base + "api/v1/questions?tag=" + tag).then().body("total", equalTo(0));

        long id = ask("bob", null, "How do I rotate the " + tag + " signing keys?", List.of(tag), List.of());
        as("carmen").get(base + "api/v1/questions/" + id).then().statusCode(200).body("question.solved", equalTo(false))
                .body("question.asker.username", equalTo("bob"));
        long alices = answer("alice", id, "Rotate them with the key service; keep the old key for a day.");
        long leos = answer("leo", id, "Ask security first.");
        as("bob").get(base + "api/v1/me/notifications").then()
                .body("items.findAll { it.kind == 'answer' }.text", hasItem(containsString("Alice")));
        as("alice").body(Map.of("body", "")).post(base + "api/v1/questions/" + id + "/answers").then().statusCode(400);

        // Votes: once per person, changeable, never one's own.
        as("carmen").body(Map.of("vote", "up")).put(base + "api/v1/answers/" + alices + "/vote").then().statusCode(200)
                .body("score", equalTo(1));
        as("carmen").body(Map.of("vote", "up")).put(base + "api/v1/answers/" + alices + "/vote").then().statusCode(409)
                .body("detail", containsString("already voted"));
        as("carmen").body(Map.of("vote", "down")).put(base + "api/v1/answers/" + alices + "/vote").then().statusCode(200)
                .body("score", equalTo(-1));
        as("alice").body(Map.of("vote", "up")).put(base + "api/v1/answers/" + alices + "/vote").then().statusCode(409);
        as("carmen").body(Map.of("vote", "sideways")).put(base + "api/v1/answers/" + alices + "/vote").then().statusCode(400);
        as("carmen").delete(base + "api/v1/answers/" + alices + "/vote").then().statusCode(200).body("score", equalTo(0));
        as("bob").body(Map.of("vote", "up")).put(base + "api/v1/answers/" + alices + "/vote").then().statusCode(200);

        // Accepting is the asker's.
        as("alice").post(base + "api/v1/answers/" + alices + "/accept").then().statusCode(403)
                .body("detail", containsString("who asked"));
        as("bob").post(base + "api/v1/answers/" + leos + "/accept").then().statusCode(200).body("accepted", equalTo(true));
        as("bob").post(base + "api/v1/answers/" + alices + "/accept").then().statusCode(200);
        as("bob").post(base + "api/v1/answers/" + alices + "/accept").then().statusCode(409);
        var page = as("carmen").get(base + "api/v1/questions/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(page.getBoolean("question.solved")).isTrue();
        assertThat(page.getLong("question.acceptedAnswerId")).isEqualTo(alices);
        assertThat(page.getList("answers.id", Long.class)).as("the accepted answer first").startsWith(alices);
        assertThat(page.getList("answers.findAll { it.accepted }.id", Long.class)).containsExactly(alices);
        as("carmen").get(base + "api/v1/questions?tag=" + tag + "&state=solved").then().body("items.id", hasItem((int) id));
        as("carmen").get(base + "api/v1/questions?tag=" + tag + "&state=unsolved").then().body("items.id", not(hasItem((int) id)));
        as("carmen").get(base + "api/v1/questions?state=everything").then().statusCode(400);
        as("alice").get(base + "api/v1/me/notifications").then()
                .body("items.findAll { it.kind == 'answer-accepted' }.text", hasItem(containsString("Bob")));

        // Edits keep their history, and a stale edit loses nothing.
        long version = page.getLong("question.version");
        as("bob").body(Map.of("title", "How do I rotate the " + tag + " signing keys safely?", "body", "Edited", "tags", List.of(tag),
                "version", version)).put(base + "api/v1/questions/" + id).then().statusCode(200);
        as("bob").body(Map.of("title", "A stale edit of " + tag + " question", "body", "Stale", "tags", List.of(tag),
                        "version", version)).put(base + "api/v1/questions/" + id).then().statusCode(409)
                .body("current.title", containsString("safely")).body("yours.body", equalTo("Stale"));
        as("carmen").body(Map.of("title", "Not my question to edit at all", "version", version + 1))
                .put(base + "api/v1/questions/" + id).then().statusCode(403);
        long answerVersion = as("alice").get(base + "api/v1/questions/" + id).then().extract().jsonPath()
                .getLong("answers.find { it.id == " + alices + " }.version");
        as("alice").body(Map.of("body", "Rotate them with the key service; keep the old key for two days.", "version", answerVersion))
                .put(base + "api/v1/answers/" + alices).then().statusCode(200);
        as("alice").body(Map.of("body", "Lost edit", "version", answerVersion)).put(base + "api/v1/answers/" + alices).then()
                .statusCode(409).body("current.body", containsString("two days"));
        var history = as("carmen").get(base + "api/v1/questions/" + id + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("findAll { it.answerId == null }.title", String.class))
                .containsExactly("How do I rotate the " + tag + " signing keys safely?", "How do I rotate the " + tag + " signing keys?");
        assertThat(history.getList("findAll { it.answerId == " + alices + " }.body", String.class)).hasSize(2);
        html("carmen").get(base + "questions/" + id + "/edit").then().statusCode(403);
        html("bob").get(base + "questions/" + id + "/edit").then().statusCode(200);
        // A deleted answer leaves the question and its history.
        as("leo").delete(base + "api/v1/answers/" + leos).then().statusCode(204);
        as("carmen").get(base + "api/v1/questions/" + id + "/history").then().body("answerId", not(hasItem((int) leos)));
        as("carmen").get(base + "api/v1/questions/" + id).then().body("answers.id", not(hasItem((int) leos)));

        // Comments on answers tell their authors.
        as("carmen").body(Map.of("body", "Which key service?")).post(base + "api/v1/answers/" + alices + "/comments").then()
                .statusCode(201);
        as("alice").get(base + "api/v1/me/notifications").then()
                .body("items.findAll { it.kind == 'reply' }.text", hasItem(containsString("Carmen")));

        // A closed question takes no more answers or votes; reopened, it does.
        as("carmen").post(base + "api/v1/questions/" + id + "/close").then().statusCode(403);
        as("bob").post(base + "api/v1/questions/" + id + "/close").then().statusCode(200).body("status", equalTo("closed"));
        as("carmen").body(Map.of("body", "Late")).post(base + "api/v1/questions/" + id + "/answers").then().statusCode(409)
                .body("detail", containsString("closed"));
        as("carmen").body(Map.of("vote", "up")).put(base + "api/v1/answers/" + alices + "/vote").then().statusCode(409);
        as("bob").post(base + "api/v1/questions/" + id + "/reopen").then().statusCode(200);
        answer("carmen", id, "Now it is open again.");

        // What a reader may not see is 404, for questions and their answers alike.
        long secret = ask("alice", closedNet, "A members-only question about " + tag, List.of(tag), List.of());
        long secretAnswer = answer("alice", secret, "Only members read this.");
        as("bob").get(base + "api/v1/questions/" + secret).then().statusCode(404);
        as("bob").body(Map.of("body", "Let me in")).post(base + "api/v1/questions/" + secret + "/answers").then().statusCode(404);
        as("bob").body(Map.of("vote", "up")).put(base + "api/v1/answers/" + secretAnswer + "/vote").then().statusCode(404);
        as("bob").get(base + "api/v1/questions?tag=" + tag).then().body("items.id", not(hasItem((int) secret)));
        as("alice").get(base + "api/v1/questions?tag=" + tag).then().body("items.id", hasItem((int) secret));
    }

    @Test
    void new_questions_reach_the_streams_of_followers_who_may_read_them() {
        signIn("alice", "bob", "carmen");
        var tag = word();
        as("carmen").body(Map.of("kind", "tag", "target", tag)).post(base + "api/v1/me/following").then().statusCode(200);
        var closedNet = network("alice", "members-only");
        long open = ask("bob", null, "What is the " + tag + " release plan?", List.of(tag), List.of());
        long hidden = ask("alice", closedNet, "Members only: the " + tag + " budget?", List.of(tag), List.of());
        var stream = as("carmen").get(base + "api/v1/me/stream?kind=question-asked").then().statusCode(200).extract().jsonPath();
        assertThat(stream.getList("items.url", String.class)).contains("/questions/" + open).doesNotContain("/questions/" + hidden);
        assertThat(stream.getList("items.kind", String.class)).containsOnly("question-asked");
        assertThat(html("carmen").get(base).then().statusCode(200).extract().asString())
                .contains("What is the " + tag + " release plan?").doesNotContain("Members only: the " + tag);
        // A deleted question leaves the stream.
        as("bob").delete(base + "api/v1/questions/" + open).then().statusCode(204);
        assertThat(as("carmen").get(base + "api/v1/me/stream").then().extract().jsonPath().getList("items.url", String.class))
                .doesNotContain("/questions/" + open);
    }

    @Test
    void similar_questions_are_suggested_while_typing_among_what_the_reader_may_read() {
        signIn("alice", "bob", "carmen");
        var gadget = word();
        var closedNet = network("alice", "members-only");
        long open = ask("bob", null, "How do we calibrate the " + gadget + " before a release?", List.of(), List.of());
        long hidden = ask("alice", closedNet, "How to calibrate the " + gadget + " for the private lab", List.of(), List.of());
        long unrelated = ask("bob", null, "Where is the parking for visitors " + word() + "?", List.of(), List.of());
        answer("alice", open, "Run the calibration suite.");
        evidenceIndexed();

        var carmens = as("carmen").queryParam("title", "calibrate " + gadget).get(base + "api/v1/questions/similar").then()
                .statusCode(200).extract().jsonPath();
        assertThat(carmens.getList("id", Long.class)).contains(open).doesNotContain(hidden, unrelated);
        assertThat(carmens.getInt("find { it.id == " + open + " }.answerCount")).isEqualTo(1);
        assertThat(as("alice").queryParam("title", "calibrate " + gadget).get(base + "api/v1/questions/similar").then()
                .extract().jsonPath().getList("id", Long.class)).contains(open, hidden);
        // A typo is forgiven, a word still being typed is a prefix; too little typed suggests nothing.
        assertThat(as("carmen").queryParam("title", gadget + " calib").get(base + "api/v1/questions/similar").then()
                .extract().jsonPath().getList("id", Long.class)).contains(open);
        assertThat(as("carmen").queryParam("title", gadget.substring(0, gadget.length() - 1) + "x calib")
                .get(base + "api/v1/questions/similar").then().extract().jsonPath().getList("id", Long.class)).contains(open);
        as("carmen").queryParam("title", "ca").get(base + "api/v1/questions/similar").then().body("size()", equalTo(0));
        // The page's fragment says whether each is solved.
        assertThat(html("carmen").queryParam("title", "calibrate " + gadget).get(base + "questions/similar").then().statusCode(200)
                .extract().asString()).contains("/questions/" + open).contains("1 answer").doesNotContain("/questions/" + hidden);
        // Search finds questions by their answers' words too, and the one search finds them among everything else.
        as("carmen").queryParam("q", "calibration suite " + gadget).get(base + "api/v1/questions").then()
                .body("items.id", hasItem((int) open));
        given().post(Stack.ELASTICSEARCH + "/guildhall-everything/_refresh").then().statusCode(200);
        var everything = as("carmen").queryParam("q", gadget).get(base + "api/v1/search").then().statusCode(200).extract().jsonPath();
        assertThat(everything.getList("items.url", String.class)).contains("/questions/" + open).doesNotContain("/questions/" + hidden);
        assertThat(everything.getList("facets.type.value", String.class)).contains("question");
        assertThat(as("alice").queryParam("q", gadget + " type:question").get(base + "api/v1/search").then().statusCode(200)
                .extract().jsonPath().getList("items.url", String.class)).contains("/questions/" + open, "/questions/" + hidden);
    }

    @Test
    void a_question_is_routed_to_likely_experts_who_may_decline_and_only_to_those_who_may_read_it() {
        signIn("alice", "bob", "carmen", "leo", "omar", "priya", "sam");
        var run = word();
        var skill = "Glassblowing " + run;
        var alias = skill(skill);
        // Evidence: leo writes most about it, then carmen, then priya; bob only in a members-only network.
        writes("leo", null, skill, alias, 5);
        writes("carmen", null, skill, alias, 2);
        writes("priya", null, skill, alias, 1);
        var lab = network("alice", "members-only", "bob");
        writes("bob", lab, skill, alias, 3);
        evidenceIndexed();

        // Sam (Sales) asks company-wide: the experts he may read of are offered it, best first, with why.
        long first = ask("sam", null, "Can we blow custom " + run + " vials for the trade show?", List.of(), List.of(skill));
        var offered = routes("sam", first, r -> !r.isEmpty());
        assertThat(names(offered, 1)).as("bob's evidence is members-only: sam may not read it").containsExactly("leo", "carmen", "priya");
        assertThat(offered.get(0).get("reason").toString()).contains(skill).contains("5 pieces");
        as("leo").get(base + "api/v1/me/notifications").then()
                .body("items.findAll { it.kind == 'question-routed' }.text", hasItem(containsString(run + " vials")));
        as("leo").get(base + "api/v1/me/routed-questions").then().body("items.id", hasItem((int) first));
        as("leo").get(base + "api/v1/questions/" + first).then().body("offeredToMe.reason", containsString(skill));
        as("carmen").get(base + "api/v1/questions/" + first + "/routes").then().statusCode(200).body("size()", equalTo(0));

        // Leo declines: not his area. It weighs against offering him this skill again.
        as("leo").post(base + "api/v1/questions/" + first + "/decline").then().statusCode(200);
        as("leo").post(base + "api/v1/questions/" + first + "/decline").then().statusCode(409);
        as("omar").post(base + "api/v1/questions/" + first + "/decline").then().statusCode(409)
                .body("detail", containsString("not offered to you"));
        as("leo").get(base + "api/v1/me/routed-questions").then().body("items.id", not(hasItem((int) first)));
        as("sam").post(base + "api/v1/questions/" + first + "/close").then().statusCode(200);
        long second = ask("sam", null, "Who can teach a " + run + " workshop?", List.of(), List.of(skill));
        assertThat(names(routes("sam", second, r -> !r.isEmpty()), 1)).containsExactly("carmen", "leo", "priya");
        // Anyone who may read it offers it by name, never to its asker; the asker sees who offered it.
        as("carmen").body(Map.of("username", "sam")).post(base + "api/v1/questions/" + second + "/routes").then().statusCode(400);
        as("carmen").body(Map.of("username", "omar")).post(base + "api/v1/questions/" + second + "/routes").then().statusCode(201);
        as("sam").get(base + "api/v1/questions/" + second).then().statusCode(200)
                .body("routes.find { it.person.username == 'omar' }.routedBy.username", equalTo("carmen"));
        as("omar").get(base + "api/v1/questions/" + second).then().statusCode(200).body("offeredToMe.routedBy.username", equalTo("carmen"));
        // Once answered, it no longer waits for the one who answered.
        answer("priya", second, "I can, in March.");
        as("priya").get(base + "api/v1/me/routed-questions").then().body("items.id", not(hasItem((int) second)));
        as("leo").get(base + "api/v1/me/routed-questions").then().body("items.id", hasItem((int) second));

        // Offering by name: only to people who may read the question.
        long members = ask("alice", lab, "Which " + run + " furnace should the lab buy?", List.of(alias), List.of());
        assertThat(names(routes("alice", members, r -> !r.isEmpty()), 1)).as("only members may read it").containsExactly("bob");
        as("alice").body(Map.of("username", "leo")).post(base + "api/v1/questions/" + members + "/routes").then().statusCode(400)
                .body("errors.field", hasItem("person")).body("errors.message", hasItem(containsString("cannot read")));
        as("alice").body(Map.of("username", "bob")).post(base + "api/v1/questions/" + members + "/routes").then().statusCode(409);
        as("alice").body(Map.of("username", "nobody-" + run)).post(base + "api/v1/questions/" + members + "/routes").then().statusCode(400);
        as("omar").post(base + "api/v1/networks/" + lab + "/join").then().statusCode(200);
        as("alice").body(Map.of("username", "omar", "note", "you run the furnaces")).post(base + "api/v1/questions/" + members + "/routes")
                .then().statusCode(201).body("reason", containsString("furnaces"));
        as("omar").get(base + "api/v1/me/notifications").then()
                .body("items.findAll { it.kind == 'question-routed' }.text", hasItem(containsString("furnace")));
    }

    @Test
    void unanswered_questions_widen_to_more_experts_and_then_to_the_owners() {
        signIn("alice", "bob", "carmen", "leo", "omar", "priya", "sam", "hana");
        var run = word();
        var skill = "Lacquering " + run;
        var alias = skill(skill);
        writes("leo", null, skill, alias, 4);
        writes("carmen", null, skill, alias, 3);
        writes("priya", null, skill, alias, 3);
        writes("omar", null, skill, alias, 1);
        var workshop = network("hana", "public", "sam", "bob");
        evidenceIndexed();

        long wide = ask("sam", null, "How thick should " + run + " coats be?", List.of(), List.of(skill));
        assertThat(names(routes("sam", wide, r -> !r.isEmpty()), 1)).containsExactlyInAnyOrder("leo", "carmen", "priya");
        long quiet = ask("bob", workshop, "Does anyone here know " + run + " suppliers?", List.of(), List.of("Lacquering " + run));
        routes("bob", quiet, r -> !r.isEmpty());
        long answered = ask("sam", null, "Is " + run + " lacquer food safe?", List.of(), List.of(skill));
        routes("sam", answered, r -> !r.isEmpty());
        answer("leo", answered, "Only once cured.");
        try {
            as("olivia").body(Map.of("offsetSeconds", 25 * 3600)).put(base + "api/v1/admin/clock").then().statusCode(200);
            assertThat(names(routes("sam", wide, r -> !names(r, 2).isEmpty()), 2)).containsExactly("omar");
            as("olivia").body(Map.of("offsetSeconds", 50 * 3600)).put(base + "api/v1/admin/clock").then().statusCode(200);
            var owners = routes("bob", quiet, r -> !names(r, 3).isEmpty());
            assertThat(names(owners, 3)).containsExactly("hana");
            assertThat(owners.stream().filter(r -> ((Number) r.get("round")).intValue() == 3).findFirst().orElseThrow()
                    .get("reason").toString()).contains("You own");
            // An answered question is not widened.
            assertThat(names(routes("sam", answered, r -> true), 2)).isEmpty();
        } finally {
            Stack.awaitOutboxEmpty("writes on the moved clock to reach search", Duration.ofSeconds(30));
            as("olivia").body(Map.of("offsetSeconds", 0)).put(base + "api/v1/admin/clock").then().statusCode(200);
        }
    }

    @Test
    void accepted_answers_are_evidence_and_reputation_become_wiki_pages_and_show_in_metrics() {
        signIn("alice", "bob", "carmen", "hana", "olivia", "sam", "priya");
        var run = word();
        var skill = "Enamelling " + run;
        var alias = skill(skill);
        writes("bob", null, skill, alias, 2);
        var guild = network("alice", "members-only", "bob", "carmen");
        evidenceIndexed();

        long asked = ask("alice", guild, "Which kiln temperature suits " + run + " enamel?", List.of(alias), List.of(skill));
        assertThat(names(routes("alice", asked, r -> !r.isEmpty()), 1)).containsExactly("bob");
        long bobs = answer("bob", asked, "Around 800 degrees for " + skill + "; less for thin copper.");
        as("carmen").body(Map.of("vote", "up")).put(base + "api/v1/answers/" + bobs + "/vote").then().statusCode(200);
        as("alice").post(base + "api/v1/answers/" + bobs + "/accept").then().statusCode(200);

        // Reputation, as each reader may know it.
        var topic = "topics.find { it.name == '" + skill + "' }";
        as("carmen").get(base + "api/v1/people/bob/reputation").then().statusCode(200)
                .body(topic + ".answered", equalTo(1)).body(topic + ".accepted", equalTo(1))
                .body("accepted", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as("sam").get(base + "api/v1/people/bob/reputation").then().statusCode(200).body("topics.name", not(hasItem(skill)));
        assertThat(html("carmen").get(base + "people/bob").then().statusCode(200).extract().asString())
                .containsPattern("Answered \\d+ questions?, \\d+ accepted").contains("1 on " + skill + ", 1 accepted");

        // The accepted answer is evidence of what bob knows, for readers of the guild.
        evidenceIndexed();
        var experts = as("carmen").queryParam("skill", skill).get(base + "api/v1/experts").then().statusCode(200).extract().jsonPath();
        assertThat(experts.getList("items.find { it.username == 'bob' }.why.kind", String.class)).contains("answer");
        assertThat(as("sam").queryParam("skill", skill).get(base + "api/v1/experts").then().extract().jsonPath()
                .getList("items.find { it.username == 'bob' }.why.kind", String.class)).doesNotContain("answer");

        // Promotion to the wiki: the guild's owners and moderators, once, for accepted answers only.
        as("bob").post(base + "api/v1/questions/" + asked + "/promote").then().statusCode(403);
        long unsolved = ask("alice", guild, "Is " + run + " enamel safe on mugs?", List.of(), List.of());
        as("alice").post(base + "api/v1/questions/" + unsolved + "/promote").then().statusCode(409)
                .body("detail", containsString("Accept an answer first"));
        var link = as("alice").body(Map.of("title", run + " kiln temperatures")).post(base + "api/v1/questions/" + asked + "/promote")
                .then().statusCode(201).extract().jsonPath().getString("link");
        assertThat(link).startsWith("/networks/" + guild + "/wiki/");
        as("alice").post(base + "api/v1/questions/" + asked + "/promote").then().statusCode(409);
        var pageSlug = link.substring(link.lastIndexOf('/') + 1);
        as("carmen").get(base + "api/v1/networks/" + guild + "/wiki/pages/" + pageSlug).then().statusCode(200)
                .body("body", containsString("/questions/" + asked)).body("body", containsString("800 degrees"));
        as("carmen").get(base + "api/v1/questions/" + asked).then().body("wikiPage.link", equalTo(link));
        long companyWide = ask("sam", null, "Who enamels " + run + " badges?", List.of(), List.of());
        long priyas = answer("priya", companyWide, "The print shop.");
        as("sam").post(base + "api/v1/answers/" + priyas + "/accept").then().statusCode(200);
        as("olivia").post(base + "api/v1/questions/" + companyWide + "/promote").then().statusCode(409)
                .body("detail", containsString("no wiki"));

        // Metrics: owners see their network's, HR a department's; nobody else.
        var metrics = as("alice").get(base + "api/v1/networks/" + guild + "/questions/metrics").then().statusCode(200)
                .extract().jsonPath();
        assertThat(metrics.getInt("asked")).isEqualTo(2);
        assertThat(metrics.getInt("answered")).isEqualTo(1);
        assertThat(metrics.getInt("accepted")).isEqualTo(1);
        assertThat(metrics.getInt("acceptedFromRouting")).isEqualTo(1);
        assertThat(metrics.getInt("acceptedAcrossDepartments")).as("bob (Finance) answered alice (Engineering)").isEqualTo(1);
        assertThat(metrics.getString("firstAnswerMedian")).isNotNull();
        assertThat(metrics.getList("weeks")).hasSize(13);
        as("bob").get(base + "api/v1/networks/" + guild + "/questions/metrics").then().statusCode(403);
        as("alice").get(base + "api/v1/networks/" + guild + "/questions/metrics?days=3").then().statusCode(400);
        as("alice").get(base + "api/v1/networks/" + guild + "/questions/metrics?days=many").then().statusCode(400);
        var sales = as("hana").queryParam("department", "Sales").get(base + "api/v1/questions/metrics").then().statusCode(200)
                .extract().jsonPath();
        assertThat(sales.getInt("asked")).isGreaterThanOrEqualTo(1);
        assertThat(sales.getInt("accepted")).isGreaterThanOrEqualTo(1);
        as("sam").queryParam("department", "Sales").get(base + "api/v1/questions/metrics").then().statusCode(403);
        assertThat(html("alice").get(base + "questions/metrics?network=" + guild).then().statusCode(200).extract().asString())
                .contains("id=\"weeks\"").contains("Questions week by week");
    }

    @Test
    void the_content_import_brings_questions_answers_votes_and_acceptance() {
        signIn("alice", "bob", "carmen", "priya", "olivia");
        var run = word();
        var title = "Imported question about " + run + " pipelines";
        var lines = List.of(
                "{\"format\":\"guildhall-content\",\"version\":1,\"source\":\"it-questions-" + run + "\"}",
                "{\"type\":\"person\",\"id\":\"a\",\"name\":\"Alice Moreau\",\"email\":\"alice@guildhall.example\"}",
                "{\"type\":\"person\",\"id\":\"p\",\"name\":\"Priya Raman\",\"email\":\"priya@guildhall.example\"}",
                "{\"type\":\"person\",\"id\":\"b\",\"name\":\"Bob Okafor\",\"email\":\"bob@guildhall.example\"}",
                "{\"type\":\"person\",\"id\":\"c\",\"name\":\"Carmen Ruiz\",\"email\":\"carmen@guildhall.example\"}",
                "{\"type\":\"question\",\"id\":\"q1\",\"author\":\"a\",\"title\":\"" + title + "\",\"body\":\"How?\",\"tags\":[\"" + run + "\"],\"askedAt\":\"2025-01-10T09:00:00Z\"}",
                "{\"type\":\"answer\",\"id\":\"a1\",\"question\":\"q1\",\"author\":\"p\",\"body\":\"Like this.\",\"createdAt\":\"2025-01-10T11:00:00Z\",\"accepted\":true}",
                "{\"type\":\"answer\",\"id\":\"a2\",\"question\":\"q1\",\"author\":\"b\",\"body\":\"Or so.\",\"createdAt\":\"2025-01-11T09:00:00Z\"}",
                "{\"type\":\"vote\",\"answer\":\"a1\",\"person\":\"b\",\"vote\":\"up\"}",
                "{\"type\":\"vote\",\"answer\":\"a1\",\"person\":\"c\",\"vote\":\"up\"}",
                "{\"type\":\"vote\",\"answer\":\"a2\",\"person\":\"c\",\"vote\":\"down\"}",
                "{\"type\":\"vote\",\"answer\":\"a2\",\"person\":\"b\",\"vote\":\"up\"}",
                "{\"type\":\"answer\",\"id\":\"a3\",\"question\":\"missing\",\"author\":\"p\",\"body\":\"Lost.\"}");
        var job = as("olivia").contentType("application/octet-stream").queryParam("kind", "content").queryParam("name", "questions-" + run)
                .body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)).post(base + "api/v1/imports").then().statusCode(202)
                .extract().jsonPath().getLong("id");
        var state = new AtomicReference<JsonPath>();
        Stack.await("the questions import", Duration.ofSeconds(120), () -> {
            state.set(as("olivia").get(base + "api/v1/imports/" + job).then().extract().jsonPath());
            return List.of("done", "failed", "cancelled").contains(state.get().getString("state"));
        });
        assertThat(state.get().getString("state")).isEqualTo("done");
        assertThat(state.get().getLong("rejected")).as("a vote on one's own answer and an answer to an unknown question").isEqualTo(2);
        var errors = as("olivia").get(base + "api/v1/imports/" + job + "/errors").asString();
        assertThat(errors).contains("own answer").contains("Unknown question");

        var found = as("carmen").get(base + "api/v1/questions?tag=" + run).then().statusCode(200).extract().jsonPath();
        assertThat(found.getList("items.title", String.class)).containsExactly(title);
        long id = found.getLong("items[0].id");
        var page = as("carmen").get(base + "api/v1/questions/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(page.getBoolean("question.solved")).isTrue();
        assertThat(page.getString("question.askedAt")).startsWith("2025-01-10T09:00");
        assertThat(page.getString("question.firstAnswerAt")).startsWith("2025-01-10T11:00");
        assertThat(page.getList("answers.author.username", String.class)).containsExactly("priya", "bob");
        assertThat(page.getList("answers.score", Integer.class)).containsExactly(2, -1);
        as("alice").get(base + "api/v1/questions/" + id + "/routes").then().statusCode(200).body("size()", equalTo(0));
    }
}
