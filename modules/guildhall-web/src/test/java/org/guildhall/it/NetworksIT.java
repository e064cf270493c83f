package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Networks through the API with several real users: the life cycle, every join policy, roles,
 * the last-owner rule, and the access rules from the outside (member, non-member, owner, admin).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworksIT {

    final URL base = Stack.base();

    private RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).accept(ContentType.JSON).contentType(ContentType.JSON);
    }

    /** Sponsoring departments are the people directory's: Engineering arrives with Alice's profile. */
    @BeforeEach
    void engineeringIsADepartment() {
        as("alice").get(base + "api/v1/me").then().statusCode(200);
    }

    /** Proposes on purpose, past the similar-name warning (tested on its own below). */
    private String propose(String owner, String name, String visibility, String content, String join) {
        return as(owner).queryParam("confirmSimilar", "true").body(charter(name, visibility, content, join))
                .post(base + "api/v1/networks")
                .then().statusCode(201).body("status", equalTo("proposed")).extract().path("slug");
    }

    private static Map<String, Object> charter(String name, String visibility, String content, String join) {
        return Map.of("name", name, "description", "About " + name, "purpose", "Why " + name + " exists",
                "topics", List.of("Testing  Things", "testing things", "quality"), "departments", List.of("Engineering"),
                "visibility", visibility, "contentAccess", content, "joinPolicy", join);
    }

    private String live(String owner, String name, String visibility, String content, String join) {
        var slug = propose(owner, name, visibility, content, join);
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200).body("status", equalTo("active"));
        return slug;
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void a_proposal_is_seen_by_its_proposer_and_admins_only_until_approved() {
        var slug = propose("alice", unique("Proposal"), "listed", "public", "open");
        as("alice").get(base + "api/v1/networks/" + slug).then().statusCode(200).body("mine.role", equalTo("owner"));
        as("bob").get(base + "api/v1/networks/" + slug).then().statusCode(404);
        as("bob").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(404);
        as("alice").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(403);

        as("olivia").get(base + "api/v1/networks/proposals").then().statusCode(200).body("slug", hasItem(slug));
        as("alice").get(base + "api/v1/networks/proposals").then().statusCode(403);
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        as("bob").get(base + "api/v1/networks/" + slug).then().statusCode(200)
                .body("topics", containsInAnyOrder("testing things", "quality"));
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(409);
    }

    @Test
    void a_rejection_needs_a_reason_and_is_shown_to_the_proposer() {
        var slug = propose("carmen", unique("Rejected"), "listed", "public", "open");
        as("olivia").body(Map.of("reason", " ")).post(base + "api/v1/networks/" + slug + "/reject")
                .then().statusCode(400).body("errors.message", hasItem("Give a reason."));
        as("olivia").body(Map.of("reason", "Overlaps with the Brand network")).post(base + "api/v1/networks/" + slug + "/reject")
                .then().statusCode(200);
        as("carmen").get(base + "api/v1/networks/" + slug).then().statusCode(200)
                .body("status", equalTo("rejected")).body("statusReason", equalTo("Overlaps with the Brand network"));
    }

    @Test
    void bad_charters_are_rejected_with_field_messages_and_nothing_is_created() {
        as("alice").body(Map.of("name", "", "description", "d", "purpose", "p", "visibility", "listed",
                        "contentAccess", "public", "joinPolicy", "whenever"))
                .post(base + "api/v1/networks")
                .then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.message", hasItem("The join policy must be open, request or invitation."));
        var name = unique("Duplicate");
        propose("alice", name, "listed", "public", "open");
        as("bob").body(charter(name.toUpperCase(), "listed", "public", "open")).post(base + "api/v1/networks")
                .then().statusCode(400).body("errors.field", hasItem("name"))
                .body("errors.message[0]", containsString("already exists"));
        as("bob").body(charter("x".repeat(121), "listed", "public", "open")).post(base + "api/v1/networks")
                .then().statusCode(400).body("errors.field", hasItem("name"));
    }

    @Test
    void a_name_close_to_a_live_network_needs_confirming_and_hidden_ones_do_not_leak() {
        var run = UUID.randomUUID().toString().substring(0, 6);
        live("alice", "Kotlin User Group " + run, "listed", "public", "open");
        live("alice", "Zig Compiler Circle " + run, "hidden", "members-only", "invitation");

        as("bob").body(charter("Kotlin User Groups " + run, "listed", "public", "open")).post(base + "api/v1/networks")
                .then().statusCode(409).body("detail", containsString("Kotlin User Group " + run));
        as("bob").queryParam("confirmSimilar", "true").body(charter("Kotlin User Groups " + run, "listed", "public", "open"))
                .post(base + "api/v1/networks").then().statusCode(201);
        // Bob cannot see the hidden network, so its name is neither a warning nor named to him.
        as("bob").body(charter("Zig Compiler Circles " + run, "listed", "public", "open")).post(base + "api/v1/networks")
                .then().statusCode(201);
        as("bob").body(charter("Accounting Automation " + run, "listed", "public", "open")).post(base + "api/v1/networks")
                .then().statusCode(201);
    }

    @Test
    void sponsoring_departments_come_from_the_people_directory() {
        as("carmen").get(base + "api/v1/me").then().statusCode(200);
        var slug = as("alice").queryParam("confirmSimilar", "true")
                .body(withDepartments(unique("Departments"), List.of("engineering", "MARKETING", "Engineering")))
                .post(base + "api/v1/networks").then().statusCode(201).extract().<String>path("slug");
        as("alice").get(base + "api/v1/networks/" + slug).then().body("departments", containsInAnyOrder("Engineering", "Marketing")).body("departments.size()", equalTo(2));
        as("alice").queryParam("confirmSimilar", "true").body(withDepartments(unique("Departments"), List.of("Engeneering")))
                .post(base + "api/v1/networks").then().statusCode(400).body("errors.field", hasItem("departments"))
                .body("errors.message[0]", containsString("Did you mean “Engineering”"));
    }

    private static Map<String, Object> withDepartments(String name, List<String> departments) {
        var charter = new java.util.HashMap<>(charter(name, "listed", "public", "open"));
        charter.put("departments", departments);
        return charter;
    }

    @Test
    void an_open_network_is_joined_at_once_and_joining_twice_is_a_conflict() {
        var slug = live("priya", unique("Open"), "listed", "public", "open");
        as("bob").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200)
                .body("memberCount", equalTo(2)).body("mine.role", equalTo("member"));
        as("bob").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(409);
        as("bob").post(base + "api/v1/networks/" + slug + "/leave").then().statusCode(204);
        as("bob").get(base + "api/v1/networks/" + slug).then().body("memberCount", equalTo(1));
    }

    @Test
    void a_request_network_is_joined_through_the_owners_decision() {
        var slug = live("leo", unique("Request"), "listed", "public", "request");
        as("sam").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(403);
        as("sam").body(Map.of("message", "Please let me in")).post(base + "api/v1/networks/" + slug + "/requests")
                .then().statusCode(200).body("mine.state", equalTo("requested"));
        as("sam").get(base + "api/v1/networks/" + slug + "/requests").then().statusCode(403);
        as("leo").get(base + "api/v1/networks/" + slug + "/requests").then().statusCode(200)
                .body("username", hasItem("sam")).body("message", hasItem("Please let me in"));

        as("sam").post(base + "api/v1/networks/" + slug + "/requests/mine/withdraw").then().statusCode(200);
        as("leo").post(base + "api/v1/networks/" + slug + "/requests/sam/approve").then().statusCode(409)
                .body("detail", containsString("no pending request"));

        as("sam").body(Map.of()).post(base + "api/v1/networks/" + slug + "/requests").then().statusCode(200);
        as("leo").post(base + "api/v1/networks/" + slug + "/requests/sam/approve").then().statusCode(200);
        as("sam").get(base + "api/v1/networks/" + slug).then().body("mine.state", equalTo("active"));
    }

    @Test
    void an_invitation_network_is_joined_only_by_invitees() {
        var slug = live("omar", unique("Invitation"), "listed", "public", "invitation");
        as("carmen").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(403);
        as("carmen").post(base + "api/v1/networks/" + slug + "/invitations/mine/accept").then().statusCode(409);
        as("omar").body(Map.of("username", "carmen", "message", "Join us")).post(base + "api/v1/networks/" + slug + "/invitations")
                .then().statusCode(201).body("state", equalTo("invited"));
        as("omar").body(Map.of("username", "carmen")).post(base + "api/v1/networks/" + slug + "/invitations").then().statusCode(409);
        as("omar").body(Map.of("username", "nobody-like-this")).post(base + "api/v1/networks/" + slug + "/invitations").then().statusCode(404);
        as("carmen").post(base + "api/v1/networks/" + slug + "/invitations/mine/accept").then().statusCode(200)
                .body("mine.state", equalTo("active")).body("memberCount", equalTo(2));
    }

    @Test
    void a_hidden_network_is_invisible_to_non_members_everywhere() {
        var name = unique("Quasar Hidden");
        var slug = live("hana", name, "hidden", "members-only", "invitation");
        as("hana").body(Map.of("username", "leo")).post(base + "api/v1/networks/" + slug + "/invitations").then().statusCode(201);

        // the non-member: not in pages, API, lists, counts, suggestions or profiles
        as("sam").get(base + "api/v1/networks/" + slug).then().statusCode(404);
        as("sam").get(base + "api/v1/networks/" + slug + "/members").then().statusCode(404);
        as("sam").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(404);
        given().auth().oauth2(Tokens.of("sam")).accept(ContentType.HTML).get(base + "networks/" + slug).then().statusCode(404);
        assertThat(directorySlugs("sam", "")).doesNotContain(slug);
        as("sam").get(base + "api/v1/people/hana/networks").then().statusCode(200).body("slug", not(hasItem(slug)));

        // members and invitees see it; search and suggestions follow once indexed
        as("leo").get(base + "api/v1/networks/" + slug).then().statusCode(200).body("mine.state", equalTo("invited"));
        as("olivia").get(base + "api/v1/networks/" + slug).then().statusCode(200);
        assertThat(directorySlugs("hana", "")).contains(slug);
        Stack.await("the hidden network to be searchable by its owner", Duration.ofSeconds(10),
                () -> directorySlugs("hana", "quasar").contains(slug));
        assertThat(directorySlugs("sam", "quasar")).doesNotContain(slug);
        Stack.await("suggestions for members", Duration.ofSeconds(10),
                () -> suggestions("hana", "Quasar").contains(name));
        assertThat(suggestions("sam", "Quasar")).doesNotContain(name);
        as("hana").get(base + "api/v1/people/hana/networks").then().body("slug", hasItem(slug));
    }

    @Test
    void members_only_content_is_for_members_but_the_network_is_listed() {
        var slug = live("bob", unique("Members Only"), "listed", "members-only", "open");
        as("carmen").get(base + "api/v1/networks/" + slug).then().statusCode(200);
        as("carmen").get(base + "api/v1/networks/" + slug + "/members").then().statusCode(403);
        as("carmen").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        as("carmen").get(base + "api/v1/networks/" + slug + "/members").then().statusCode(200)
                .body("items.username", hasItem("bob"));
    }

    @Test
    void the_last_owner_cannot_leave_or_be_demoted_until_ownership_is_shared() {
        var slug = live("alice", unique("Owners"), "listed", "public", "open");
        as("bob").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        as("alice").post(base + "api/v1/networks/" + slug + "/leave").then().statusCode(409)
                .body("detail", containsString("last owner"));
        as("alice").body(Map.of("role", "member")).put(base + "api/v1/networks/" + slug + "/members/alice/role")
                .then().statusCode(409);
        as("bob").body(Map.of("role", "owner")).put(base + "api/v1/networks/" + slug + "/members/bob/role")
                .then().statusCode(403);
        as("alice").body(Map.of("role", "boss")).put(base + "api/v1/networks/" + slug + "/members/bob/role")
                .then().statusCode(400);

        int version = as("alice").get(base + "api/v1/networks/" + slug + "/members?role=member").then()
                .extract().path("items[0].version");
        as("alice").body(Map.of("role", "owner", "version", version)).put(base + "api/v1/networks/" + slug + "/members/bob/role")
                .then().statusCode(200).body("role", equalTo("owner"));
        as("alice").body(Map.of("role", "moderator", "version", version)).put(base + "api/v1/networks/" + slug + "/members/bob/role")
                .then().statusCode(409);
        as("alice").post(base + "api/v1/networks/" + slug + "/leave").then().statusCode(204);
    }

    @Test
    void an_admin_acts_as_owner_and_the_log_says_so() {
        var slug = live("sam", unique("Admin Acts"), "listed", "public", "open");
        as("priya").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        as("olivia").body(Map.of("role", "moderator")).put(base + "api/v1/networks/" + slug + "/members/priya/role")
                .then().statusCode(200);
        as("priya").get(base + "api/v1/networks/" + slug + "/log").then().statusCode(403);
        as("sam").get(base + "api/v1/networks/" + slug + "/log").then().statusCode(200)
                .body("items.find { it.action == 'role-changed' }.actor", equalTo("olivia"))
                .body("items.find { it.action == 'role-changed' }.asAdmin", equalTo(true))
                .body("items.action", hasItem("joined"));
    }

    @Test
    void owners_export_members_as_csv() {
        var slug = live("priya", unique("Export"), "listed", "public", "open");
        as("leo").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        var csv = given().auth().oauth2(Tokens.of("priya")).get(base + "api/v1/networks/" + slug + "/members.csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv.lines()).first().isEqualTo("username,name,email,department,title,role,joined");
        assertThat(csv).contains("leo,Leo Schmidt,leo@guildhall.example,Legal,Corporate Counsel,member,");
        given().auth().oauth2(Tokens.of("leo")).get(base + "api/v1/networks/" + slug + "/members.csv").then().statusCode(403);
    }

    @Test
    void a_renamed_network_keeps_its_old_links() {
        var slug = live("carmen", unique("Old Name"), "listed", "public", "open");
        long version = as("carmen").get(base + "api/v1/networks/" + slug).then().extract().jsonPath().getLong("version");
        var newName = unique("New Name");
        var renamed = as("carmen").body(Map.of("charter", charter(newName, "listed", "public", "open"), "version", version))
                .put(base + "api/v1/networks/" + slug).then().statusCode(200).extract().<String>path("slug");
        assertThat(renamed).isNotEqualTo(slug);
        as("bob").redirects().follow(false).get(base + "api/v1/networks/" + slug)
                .then().statusCode(301).header("Location", containsString("/networks/" + renamed));
        as("carmen").body(Map.of("charter", charter(newName, "listed", "public", "open"), "version", version))
                .put(base + "api/v1/networks/" + renamed).then().statusCode(409);
    }

    @Test
    void the_directory_filters_sorts_and_pages() {
        live("omar", unique("Zeta Sorting"), "listed", "public", "open");
        as("bob").queryParam("sort", "name").queryParam("size", "2").get(base + "api/v1/networks")
                .then().statusCode(200).body("size", equalTo(2)).body("items.size()", equalTo(2));
        as("bob").queryParam("sort", "sideways").get(base + "api/v1/networks").then().statusCode(400);
        as("bob").queryParam("topic", "quality").get(base + "api/v1/networks").then().statusCode(200)
                .body("items.topics.flatten()", hasItem("quality"));
        as("bob").queryParam("mine", "true").get(base + "api/v1/networks").then().statusCode(200);
    }

    private List<String> directorySlugs(String username, String q) {
        return as(username).queryParam("q", q).queryParam("size", "100").get(base + "api/v1/networks")
                .then().statusCode(200).extract().jsonPath().getList("items.slug", String.class);
    }

    private List<String> suggestions(String username, String q) {
        return as(username).queryParam("q", q).get(base + "api/v1/networks/suggestions")
                .then().statusCode(200).extract().jsonPath().getList("$", String.class);
    }
}
