package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * The skills taxonomy (admins curate, people suggest), declared skills and endorsements, and the
 * profile photo, from the outside: what works, and every refusal that must change nothing.
 */
class SkillsIT extends AgainstTheServer {

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private String create(String name, String... aliases) {
        return as("olivia").body(Map.of("name", name, "category", "Testing", "aliases", List.of(aliases)))
                .post(base + "api/v1/admin/skills").then().statusCode(201).extract().path("slug");
    }

    @Test
    void admins_curate_the_taxonomy_and_every_name_and_alias_leads_to_one_skill() {
        var name = unique("Cheese Making");
        var slug = create(name, "Affinage " + name.substring(name.length() - 6));
        as("sam").body(Map.of("name", unique("Sneaky"))).post(base + "api/v1/admin/skills").then().statusCode(403);
        // The same name, or a name that is another skill's alias, is the field's error and creates nothing.
        as("olivia").body(Map.of("name", name.toUpperCase())).post(base + "api/v1/admin/skills").then().statusCode(400)
                .body("errors.field", hasItem("name"));
        as("olivia").body(Map.of("name", unique("Other"), "aliases", List.of(name))).post(base + "api/v1/admin/skills")
                .then().statusCode(400).body("errors.field", hasItem("aliases"));
        as("olivia").body(Map.of("name", "")).post(base + "api/v1/admin/skills").then().statusCode(400)
                .body("errors.field", hasItem("name"));
        // Typeahead finds it by the start of its alias.
        var typed = "affinage " + name.substring(name.length() - 6, name.length() - 3);
        assertThat(as("sam").queryParam("q", typed).get(base + "api/v1/skills").then().statusCode(200)
                .extract().jsonPath().getList("slug", String.class)).contains(slug);
        html("sam").queryParam("prefix", typed).get(base + "skills/typeahead").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(name));

        // Renaming keeps the skill and its address; a stale rename is a 409.
        var skill = as("olivia").get(base + "api/v1/skills/" + slug).then().extract().jsonPath();
        var renamed = name + " and Curing";
        as("olivia").body(Map.of("name", renamed, "category", "Food", "version", skill.getLong("version")))
                .put(base + "api/v1/admin/skills/" + slug).then().statusCode(200).body("name", equalTo(renamed))
                .body("category", equalTo("Food")).body("slug", equalTo(slug));
        // The old name no longer leads anywhere: a new skill may take it (at another address).
        assertThat(create(name)).isNotEqualTo(slug);
        as("olivia").body(Map.of("name", "Stale " + renamed, "version", skill.getLong("version")))
                .put(base + "api/v1/admin/skills/" + slug).then().statusCode(409);
    }

    @Test
    void merging_moves_declarations_and_endorsements_and_the_old_name_still_leads_there() {
        var from = create(unique("Sourdough"));
        var into = create(unique("Bread Baking"));
        as("carmen").body(Map.of("level", 2)).put(base + "api/v1/me/skills/" + from).then().statusCode(200);
        as("leo").body(Map.of("note", "Her starter is legendary")).post(base + "api/v1/people/carmen/skills/" + from + "/endorsements")
                .then().statusCode(201);
        as("olivia").body(Map.of("into", into)).post(base + "api/v1/admin/skills/" + from + "/merge").then().statusCode(200)
                .body("slug", equalTo(into));
        var carmen = as("sam").get(base + "api/v1/people/carmen/skills").then().statusCode(200).extract().jsonPath();
        assertThat(carmen.getList("declared.skill.slug")).contains(into).doesNotContain(from);
        assertThat(carmen.getList("declared.find { it.skill.slug == '" + into + "' }.endorsements.note")).contains("Her starter is legendary");
        as("olivia").get(base + "api/v1/skills/" + from).then().statusCode(200).body("status", equalTo("merged"))
                .body("mergedInto", equalTo(into));
        given().redirects().follow(false).auth().oauth2(Tokens.of("sam")).get(base + "skills/" + from).then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/skills/" + into));
        as("olivia").body(Map.of("into", into)).post(base + "api/v1/admin/skills/" + into + "/merge").then().statusCode(400);
    }

    @Test
    void retired_skills_are_no_longer_offered_and_cannot_be_declared() {
        var slug = create(unique("Telegraphy"));
        as("olivia").post(base + "api/v1/admin/skills/" + slug + "/retire").then().statusCode(200).body("status", equalTo("retired"));
        as("omar").body(Map.of("level", 3)).put(base + "api/v1/me/skills/" + slug).then().statusCode(400)
                .body("errors.field", hasItem("skill"));
        as("olivia").post(base + "api/v1/admin/skills/" + slug + "/restore").then().statusCode(200).body("status", equalTo("active"));
        as("omar").body(Map.of("level", 3)).put(base + "api/v1/me/skills/" + slug).then().statusCode(200);
    }

    @Test
    void people_suggest_skills_into_the_admin_queue() {
        var name = unique("Bookbinding");
        long id = as("leo").body(Map.of("name", name, "reason", "Our archive team needs it"))
                .post(base + "api/v1/skill-suggestions").then().statusCode(201).extract().jsonPath().getLong("id");
        as("leo").body(Map.of("name", "")).post(base + "api/v1/skill-suggestions").then().statusCode(400);
        assertThat(as("olivia").get(base + "api/v1/admin/skill-suggestions").then().statusCode(200).extract().jsonPath()
                .getList("name", String.class)).contains(name);
        as("leo").get(base + "api/v1/admin/skill-suggestions").then().statusCode(403);
        as("olivia").body(Map.of("name", name, "category", "Crafts", "note", "Welcome"))
                .post(base + "api/v1/admin/skill-suggestions/" + id + "/accept").then().statusCode(200);
        as("olivia").body(Map.of("name", name)).post(base + "api/v1/admin/skill-suggestions/" + id + "/accept").then().statusCode(409);
        assertThat(as("leo").get(base + "api/v1/me/skill-suggestions").then().extract().jsonPath()
                .getList("findAll { it.id == " + id + " }.status", String.class)).containsExactly("accepted");
        // A name the taxonomy knows is pointed out instead of queued.
        as("leo").body(Map.of("name", name)).post(base + "api/v1/skill-suggestions").then().statusCode(400)
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("already has")));
    }

    @Test
    void colleagues_endorse_a_declared_skill_once_and_can_withdraw() {
        var slug = create(unique("Glassblowing"));
        as("priya").body(Map.of("level", 4)).put(base + "api/v1/me/skills/" + slug).then().statusCode(200).body("level", equalTo(4));
        as("priya").body(Map.of("level", 9)).put(base + "api/v1/me/skills/" + slug).then().statusCode(400)
                .body("errors.field", hasItem("level"));
        as("priya").body(Map.of("level", 2)).put(base + "api/v1/me/skills/no-such-skill-" + slug).then().statusCode(400)
                .body("errors.field", hasItem("skill"));
        as("priya").body(Map.of()).post(base + "api/v1/people/priya/skills/" + slug + "/endorsements").then().statusCode(400)
                .body("errors.message", hasItem("You cannot endorse your own skills."));
        as("omar").body(Map.of("note", "Made our team trophies")).post(base + "api/v1/people/priya/skills/" + slug + "/endorsements")
                .then().statusCode(201);
        as("omar").body(Map.of()).post(base + "api/v1/people/priya/skills/" + slug + "/endorsements").then().statusCode(409);
        as("omar").body(Map.of()).post(base + "api/v1/people/sam/skills/" + slug + "/endorsements").then().statusCode(400)
                .body("errors.field", hasItem("skill"));
        var priya = as("omar").get(base + "api/v1/people/priya/skills").then().extract().jsonPath();
        assertThat(priya.getList("declared.find { it.skill.slug == '" + slug + "' }.endorsements.endorser.username")).containsExactly("omar");
        assertThat(priya.getBoolean("declared.find { it.skill.slug == '" + slug + "' }.endorsedByMe")).isTrue();
        as("omar").delete(base + "api/v1/people/priya/skills/" + slug + "/endorsements/mine").then().statusCode(204);
        as("omar").delete(base + "api/v1/people/priya/skills/" + slug + "/endorsements/mine").then().statusCode(404);
        assertThat(as("omar").get(base + "api/v1/people/priya/skills").then().extract().jsonPath()
                .getList("declared.find { it.skill.slug == '" + slug + "' }.endorsements")).isEmpty();
    }

    @Test
    void a_photo_is_checked_resized_and_served_under_the_profiles_rule() throws Exception {
        var image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_ARGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        given().auth().oauth2(Tokens.of("leo")).contentType("image/png").body(out.toByteArray())
                .put(base + "api/v1/me/photo").then().statusCode(200).body("photo", equalTo("/people/leo/photo"));
        var served = given().auth().oauth2(Tokens.of("sam")).get(base + "people/leo/photo").then().statusCode(200)
                .contentType("image/jpeg").extract().asByteArray();
        var read = ImageIO.read(new java.io.ByteArrayInputStream(served));
        assertThat(read.getWidth()).isEqualTo(256);
        assertThat(read.getHeight()).isEqualTo(256);
        as("sam").get(base + "api/v1/people/leo").then().body("photo", equalTo("/people/leo/photo"));
        given().redirects().follow(false).get(base + "people/leo/photo").then().statusCode(org.hamcrest.Matchers.not(200));

        given().auth().oauth2(Tokens.of("leo")).contentType("image/png").body("not an image at all".getBytes())
                .put(base + "api/v1/me/photo").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("photo"));
        given().auth().oauth2(Tokens.of("leo")).contentType("image/jpeg").body(new byte[5 * 1024 * 1024 + 10])
                .put(base + "api/v1/me/photo").then().statusCode(400).body("errors.message", hasItem(startsWith("The photo is larger than 5 MB")));
        // The refusals changed nothing: the first photo is still there.
        given().auth().oauth2(Tokens.of("sam")).get(base + "people/leo/photo").then().statusCode(200);
    }

    @Test
    void profiles_carry_availability_and_consent_and_hr_fields_stay_read_only() {
        var me = as("omar").get(base + "api/v1/me").then().statusCode(200).extract().jsonPath();
        as("omar").body(Map.of("about", "Logistics", "interests", "Rail freight", "phone", "+44 20 7946 0000",
                        "openToMentoring", true, "talentDiscovery", true, "department", "Hacked", "version", me.getLong("version")))
                .put(base + "api/v1/me").then().statusCode(200)
                .body("availability.mentoring", equalTo(true)).body("talentDiscovery", equalTo(true))
                .body("department", equalTo(me.getString("department")));
        as("sam").get(base + "api/v1/people/omar").then().body("interests", equalTo("Rail freight"))
                .body("talentDiscovery", equalTo(null));
        var again = as("omar").get(base + "api/v1/me").then().extract().jsonPath();
        as("omar").body(Map.of("phone", "call me maybe", "version", again.getLong("version"))).put(base + "api/v1/me")
                .then().statusCode(400).body("errors.field", hasItem("phone"));
    }
}
