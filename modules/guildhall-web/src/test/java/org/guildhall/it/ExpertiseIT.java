package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Inferred expertise from the outside: evidence that is learned from the organisation's writing
 * (not from counting a skill's name), fades with time, can be hidden, and never leaks across the
 * visibility rule; and HR's talent finder, which only shows people who opted in and records
 * every search. One organisation ({@link ExpertiseOrg}) is imported for the whole class.
 */
class ExpertiseIT extends AgainstTheServer {

    private static ExpertiseOrg org;

    private ExpertiseOrg org() {
        synchronized (ExpertiseIT.class) {
            if (org == null) {
                org = new ExpertiseOrg(base).imported();
            }
            return org;
        }
    }

    private List<String> experts(String viewer, String skill) {
        return org().get(viewer, "api/v1/experts", Map.of("skill", skill, "size", 20)).getList("items.username");
    }

    @Test
    void an_expert_who_never_declared_the_skill_is_found_by_its_jargon_with_the_evidence() {
        var o = org();
        var found = org().get("sam", "api/v1/experts", Map.of("skill", o.skill, "size", 20));
        List<String> names = found.getList("items.username");
        assertThat(names).contains(o.hidden).containsAll(o.researchers);
        int hidden = names.indexOf(o.hidden);
        assertThat(found.getList("items[" + hidden + "].skills.declaredLevel")).containsOnlyNulls();
        assertThat(found.getString("items[" + hidden + "].why[0].snippet")).contains("<mark>");
        assertThat(found.getString("items[" + hidden + "].why[0].link")).startsWith("/blog/posts/");
        // Naming a skill loudly is not knowing it: the marketer who only names it ranks below every expert, if at all.
        if (names.contains(o.loud)) {
            assertThat(names.indexOf(o.loud)).isGreaterThan(names.indexOf(o.hidden));
            o.researchers.forEach(r -> assertThat(names.indexOf(o.loud)).isGreaterThan(names.indexOf(r)));
        }
    }

    @Test
    void a_topic_a_tag_and_an_alias_lead_to_the_same_skill_and_the_same_experts() {
        var o = org();
        assertThat(experts("sam", o.alias)).isEqualTo(experts("sam", o.skill));
        assertThat(experts("sam", "#" + o.alias.toUpperCase())).isEqualTo(experts("sam", o.skill));
        html("sam").get(base + "skills/" + o.slug).then().statusCode(200)
                .body(containsString("Brew Lab " + o.run)) // the network whose focus topic names the skill
                .body(containsString(o.jargon.get(0))); // a learned word
    }

    @Test
    void recent_evidence_weighs_more_than_the_same_evidence_from_years_ago() {
        var o = org();
        var names = experts("sam", o.skill);
        assertThat(names).contains(o.recent, o.veteran);
        assertThat(names.indexOf(o.recent)).isLessThan(names.indexOf(o.veteran));
        var recent = org().get("sam", "api/v1/people/" + o.recent + "/skills", Map.of());
        var veteran = org().get("sam", "api/v1/people/" + o.veteran + "/skills", Map.of());
        assertThat(recent.getList("inferred.skill.slug")).contains(o.slug);
        // Six years is six half-lives: what the veteran showed has faded below what a profile claims.
        assertThat(veteran.getList("inferred.skill.slug")).doesNotContain(o.slug);
    }

    @Test
    void members_only_content_changes_a_members_ranking_but_not_an_outsiders() {
        var o = org();
        assertThat(experts("alice", o.skill)).contains(o.secret);
        assertThat(experts("sam", o.skill)).doesNotContain(o.secret);
        var asMember = org().get("alice", "api/v1/people/" + o.secret + "/skills", Map.of());
        var asOutsider = org().get("sam", "api/v1/people/" + o.secret + "/skills", Map.of());
        assertThat(asMember.getList("inferred.skill.slug")).contains(o.slug);
        assertThat(asMember.getString("inferred[0].evidence[0].network")).isEqualTo("Quiet Cellar " + o.run);
        assertThat(asOutsider.getList("inferred.skill.slug")).doesNotContain(o.slug);
        html("sam").get(base + "experts?skills=" + o.skill).then().statusCode(200)
                .body(not(containsString("Private tasting")));
    }

    @Test
    void a_person_can_hide_an_inferred_skill_which_colleagues_then_do_not_see() {
        var o = org();
        KeycloakAdmin.employee(o.recent, "Recent", o.run, "Brewing Research " + o.run, "Brewer");
        as(o.recent).put(base + "api/v1/me/hidden-skills/" + o.slug).then().statusCode(204);
        var mine = org().get(o.recent, "api/v1/people/" + o.recent + "/skills", Map.of());
        assertThat(mine.getList("inferred.findAll { it.skill.slug == '" + o.slug + "' }.hidden")).containsExactly(true);
        assertThat(org().get("sam", "api/v1/people/" + o.recent + "/skills", Map.of()).getList("inferred.skill.slug"))
                .doesNotContain(o.slug);
        assertThat(experts("sam", o.skill)).doesNotContain(o.recent);
        // HR still sees it: the person opted in to talent discovery.
        assertThat(org().get("hana", "api/v1/people/" + o.recent + "/skills", Map.of()).getList("inferred.skill.slug"))
                .contains(o.slug);
        as(o.recent).delete(base + "api/v1/me/hidden-skills/" + o.slug).then().statusCode(204);
        assertThat(experts("sam", o.skill)).contains(o.recent);
    }

    @Test
    void hr_finds_the_hidden_talent_among_people_who_opted_in_and_every_search_is_audited() {
        var o = org();
        var hidden = org().get("hana", "api/v1/talent/hidden", Map.of("skill", o.skill, "size", 10));
        List<String> names = hidden.getList("items.username");
        assertThat(names).contains(o.hidden).doesNotContain(o.optedOut);
        assertThat(names.indexOf(o.hidden)).isLessThan(names.contains(o.researchers.get(0))
                ? names.indexOf(o.researchers.get(0)) : Integer.MAX_VALUE);
        assertThat(hidden.getString("items[" + names.indexOf(o.hidden) + "].usualDepartment")).isEqualTo("Brewing Research " + o.run);
        assertThat(org().get("hana", "api/v1/talent/search", Map.of("skill", o.skill, "size", 50)).getList("items.username"))
                .contains(o.hidden).doesNotContain(o.optedOut);
        // Colleagues still find the person who did not opt in; HR's finder does not.
        assertThat(experts("sam", o.skill)).contains(o.optedOut);

        as("sam").queryParam("skill", o.skill).get(base + "api/v1/talent/hidden").then().statusCode(404);
        as("sam").queryParam("skill", o.skill).get(base + "api/v1/talent/search").then().statusCode(404);
        html("sam").get(base + "talent").then().statusCode(404);

        var audit = org().get("olivia", "api/v1/admin/talent-audit", Map.of("size", 100));
        assertThat(audit.getList("items.findAll { it.actor == 'hana' }.detail", String.class))
                .anyMatch(d -> d.contains(o.skill));
        as("hana").get(base + "api/v1/admin/talent-audit").then().statusCode(404);
    }

    @Test
    void shortlists_keep_private_notes_refuse_what_they_must_and_export_as_csv() {
        var o = org();
        long id = as("hana").body(Map.of("name", "Brewing pilot " + o.run)).post(base + "api/v1/talent/shortlists")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("hana").body(Map.of("username", o.hidden, "note", "Ask about the pilot in Q3")).post(base + "api/v1/talent/shortlists/" + id + "/people")
                .then().statusCode(201).body("note", equalTo("Ask about the pilot in Q3"));
        as("hana").body(Map.of("username", o.hidden)).post(base + "api/v1/talent/shortlists/" + id + "/people")
                .then().statusCode(409).contentType("application/problem+json");
        as("hana").body(Map.of("username", o.optedOut)).post(base + "api/v1/talent/shortlists/" + id + "/people")
                .then().statusCode(400).body("errors.field", hasItem("person"));
        as("sam").body(Map.of("username", o.hidden, "note", "sneaky")).post(base + "api/v1/talent/shortlists/" + id + "/people")
                .then().statusCode(404);
        as("sam").get(base + "api/v1/talent/shortlists/" + id).then().statusCode(404);
        as("hana").body(Map.of("note", "x".repeat(2001))).put(base + "api/v1/talent/shortlists/" + id + "/people/" + o.hidden)
                .then().statusCode(400);

        var csv = given().auth().oauth2(Tokens.of("hana")).get(base + "api/v1/talent/shortlists/" + id + "/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).startsWith("username,name,email,department,title,note,added_by,added_at")
                .contains(o.hidden).contains("Ask about the pilot in Q3");
        var audit = org().get("olivia", "api/v1/admin/talent-audit", Map.of("size", 100));
        assertThat(audit.getList("items.findAll { it.actor == 'hana' && it.action == 'export' }.detail", String.class))
                .anyMatch(d -> d.contains("Brewing pilot " + o.run));
    }

    @Test
    void someone_who_opts_out_leaves_every_shortlist_and_export() {
        var o = org();
        long id = as("hana").body(Map.of("name", "Cellar move " + o.run)).post(base + "api/v1/talent/shortlists")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("hana").body(Map.of("username", o.veteran, "note", "Knows the old cellars")).post(base + "api/v1/talent/shortlists/" + id + "/people")
                .then().statusCode(201);
        KeycloakAdmin.employee(o.veteran, "Veteran", o.run, "Brewing Research " + o.run, "Brewer");
        var me = as(o.veteran).get(base + "api/v1/me").then().statusCode(200).extract().jsonPath();
        assertThat(me.getBoolean("talentDiscovery")).isTrue(); // the import recorded the source system's consent
        as(o.veteran).body(Map.of("talentDiscovery", false, "version", me.getLong("version"))).put(base + "api/v1/me")
                .then().statusCode(200).body("talentDiscovery", equalTo(false));
        assertThat(org().get("hana", "api/v1/talent/shortlists/" + id, Map.of()).getList("username")).doesNotContain(o.veteran);
        var csv = given().auth().oauth2(Tokens.of("hana")).get(base + "api/v1/talent/shortlists/" + id + "/export")
                .then().statusCode(200).extract().asString();
        assertThat(csv).doesNotContain(o.veteran).doesNotContain("Knows the old cellars");
        assertThat(org().get("hana", "api/v1/talent/search", Map.of("skill", o.skill, "size", 50)).getList("items.username"))
                .doesNotContain(o.veteran);
    }

    @Test
    void bad_expert_queries_get_clear_errors() {
        as("sam").queryParam("skill", "No such skill " + org().run).get(base + "api/v1/experts").then().statusCode(400)
                .body("errors.field", hasItem("skill"));
        as("sam").get(base + "api/v1/experts").then().statusCode(400).body("errors.field", hasItem("skill"));
        html("sam").get(base + "experts?skills=No+such+skill").then().statusCode(400)
                .body(containsString("There is no skill called"));
    }

    @Test
    void the_filters_narrow_experts_by_department_and_availability() {
        var o = org();
        var inFinance = org().get("sam", "api/v1/experts", Map.of("skill", o.skill, "department", "Finance " + o.run))
                .getList("items.username");
        assertThat(inFinance).contains(o.hidden).doesNotContainAnyElementsOf(o.researchers);
        var open = org().get("sam", "api/v1/experts", Map.of("skill", o.skill, "open", "mentoring")).getList("items.username");
        assertThat(open).doesNotContain(o.hidden);
    }

    static JsonPath json(io.restassured.response.Response response) {
        return response.then().contentType(ContentType.JSON).extract().jsonPath();
    }
}
