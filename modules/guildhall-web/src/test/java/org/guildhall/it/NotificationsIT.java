package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Notifications in the app and by mail, received by a real SMTP server (GreenMail) this test
 * starts on the port the suite's server sends to: mentions and replies, read state, instant mail
 * with its plain-text part and unsubscribe link (which works without signing in), digests that
 * hold only what the recipient may see when they are sent, preferences, and a burst that does
 * not become a mail per event.
 */
class NotificationsIT extends AgainstTheServer {

    private static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private static String word() {
        return "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private void signIn(String... people) {
        for (var u : people) {
            as(u).get(base + "api/v1/me").then().statusCode(200);
        }
    }

    private long post(String author, String network, String title, String body) {
        var input = new HashMap<String, Object>(Map.of("title", title, "body", body, "publishing", "now"));
        if (network != null) {
            input.put("network", network);
        }
        return as(author).body(input).post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<MimeMessage> mails(String to, Predicate<MimeMessage> which) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(to)) && which.test(m);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static MimeMessage awaitMail(String to, String subjectOrBodyContains) {
        var found = new ArrayList<MimeMessage>();
        Stack.await("a mail to " + to + " about " + subjectOrBodyContains, Duration.ofSeconds(30), () -> {
            found.clear();
            found.addAll(mails(to, m -> GreenMailUtil.getWholeMessage(m).contains(subjectOrBodyContains)));
            return !found.isEmpty();
        });
        return found.get(0);
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        var multipart = (MimeMultipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).isMimeType(type)) {
                return multipart.getBodyPart(i).getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    void a_mention_is_a_notification_and_an_instant_mail_whose_unsubscribe_link_works_without_signing_in() throws Exception {
        signIn("alice", "bob");
        var title = "Mentioning " + word();
        long p = post("alice", null, title, "Thoughts, @bob? And @alice, of course.");

        var bobs = as("bob").get(base + "api/v1/me/notifications").then().statusCode(200).extract().jsonPath();
        var mention = bobs.getList("items", Map.class).stream().filter(n -> String.valueOf(n.get("text")).contains(title)).findFirst()
                .orElseThrow();
        assertThat(mention.get("kind")).isEqualTo("mention");
        assertThat(mention.get("url")).isEqualTo("/blog/posts/" + p);
        assertThat(mention.get("read")).isEqualTo(false);
        assertThat(as("alice").get(base + "api/v1/me/notifications").then().extract().jsonPath().getList("items.text", String.class))
                .as("nobody is told about their own doing").noneMatch(t -> t.contains(title));

        var mail = awaitMail("bob@guildhall.example", title);
        assertThat(mail.getSubject()).contains("Alice").contains("mentioned you");
        assertThat(part(mail, "text/plain")).contains(title).contains("/blog/posts/" + p);
        assertThat(part(mail, "text/html")).contains("/blog/posts/" + p);
        var unsubscribe = mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        // Read state: one, then all; nobody else's.
        long id = ((Number) mention.get("id")).longValue();
        long unread = as("bob").get(base + "api/v1/me/notifications/unread").then().statusCode(200).extract().jsonPath().getLong("unread");
        as("bob").post(base + "api/v1/me/notifications/" + id + "/read").then().statusCode(200).body("unread", equalTo((int) unread - 1));
        as("alice").post(base + "api/v1/me/notifications/" + id + "/read").then().statusCode(404);
        as("bob").post(base + "api/v1/me/notifications/read").then().statusCode(200);
        as("bob").get(base + "api/v1/me/notifications/unread").then().body("unread", equalTo(0));

        // The link asks first (without signing in), then turns mentions off; a forged token is 404.
        given().get(unsubscribe).then().statusCode(200).body(containsString("Stop emailing bob@guildhall.example"));
        given().get(unsubscribe.replaceFirst("token=.", "token=x")).then().statusCode(404);
        given().post(unsubscribe).then().statusCode(200).body(containsString("gets no more email"));
        as("bob").get(base + "api/v1/me/notifications/preferences").then().body("mention", equalTo("off"));

        var quiet = "Unmailed " + word();
        post("alice", null, quiet, "Still there, @bob?");
        as("bob").get(base + "api/v1/me/notifications").then().body("items.text", hasItem(containsString(quiet)));
        Thread.sleep(4_000);
        assertThat(mails("bob@guildhall.example", m -> GreenMailUtil.getWholeMessage(m).contains(quiet))).isEmpty();

        as("bob").body(Map.of("mention", "instant")).put(base + "api/v1/me/notifications/preferences").then().statusCode(200)
                .body("mention", equalTo("instant"));
        as("bob").body(Map.of("mention", "hourly")).put(base + "api/v1/me/notifications/preferences").then().statusCode(400)
                .body("errors.field", hasItem("mention"));
    }

    @Test
    void a_burst_of_replies_is_a_handful_of_mails_not_one_each() {
        signIn("priya", "sam");
        var title = "Burst " + word();
        long p = post("priya", null, title, "Comment away");
        for (int i = 0; i < 30; i++) {
            as("sam").body(Map.of("body", "Reply " + i)).post(base + "api/v1/posts/" + p + "/comments").then().statusCode(201);
        }
        as("priya").get(base + "api/v1/me/notifications?size=50").then()
                .body("items.findAll { it.text.contains('" + title + "') }.size()", greaterThanOrEqualTo(30));
        awaitMail("priya@guildhall.example", title);
        Stack.await("the replies to be mailed", Duration.ofSeconds(30), () -> {
            var listed = mails("priya@guildhall.example", m -> GreenMailUtil.getWholeMessage(m).contains(title)).stream()
                    .mapToLong(m -> GreenMailUtil.getWholeMessage(m).split("replied in", -1).length - 1).sum();
            return listed >= 30;
        });
        assertThat(mails("priya@guildhall.example", m -> GreenMailUtil.getWholeMessage(m).contains(title))).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void a_daily_digest_groups_by_network_and_holds_only_what_its_reader_may_see_when_sent() throws Exception {
        signIn("carmen", "leo", "omar", "olivia");
        // leo gets thanks in a daily digest (the default); one post is in a members-only network he will be removed from.
        var slug = as("carmen").body(Map.of("name", "Digest " + word(), "description", "d", "purpose", "p",
                        "visibility", "listed", "contentAccess", "members-only", "joinPolicy", "open"))
                .post(base + "api/v1/networks?confirmSimilar=true").then().statusCode(201).extract().<String>path("slug");
        as("olivia").post(base + "api/v1/networks/" + slug + "/approve").then().statusCode(200);
        as("leo").post(base + "api/v1/networks/" + slug + "/join").then().statusCode(200);
        var open = "Open thoughts " + word();
        var closed = "Closed thoughts " + word();
        long openPost = post("leo", null, open, "For everyone");
        long closedPost = post("leo", slug, closed, "For members");
        as("omar").post(base + "api/v1/posts/" + openPost + "/thanks").then().statusCode(200);
        as("carmen").post(base + "api/v1/posts/" + closedPost + "/thanks").then().statusCode(200);
        as("leo").get(base + "api/v1/me/notifications").then().body("items.text", hasItem(containsString(closed)));
        Thread.sleep(3_000);
        assertThat(mails("leo@guildhall.example", m -> GreenMailUtil.getWholeMessage(m).contains(open))).as("not before the digest").isEmpty();

        as("carmen").body(Map.of("reason", "Reorganised")).post(base + "api/v1/networks/" + slug + "/members/leo/remove").then().statusCode(204);
        try {
            as("olivia").body(Map.of("offsetSeconds", 2 * 24 * 3600)).put(base + "api/v1/admin/clock").then().statusCode(200);
            var digest = awaitMail("leo@guildhall.example", open);
            assertThat(digest.getSubject()).contains("daily Guildhall digest");
            assertThat(part(digest, "text/plain")).contains("Elsewhere in Guildhall").contains(open).doesNotContain(closed);
            assertThat(part(digest, "text/html")).contains(open).doesNotContain(closed);
        } finally {
            Stack.awaitOutboxEmpty("writes on the moved clock to reach search", Duration.ofSeconds(30));
            as("olivia").body(Map.of("offsetSeconds", 0)).put(base + "api/v1/admin/clock").then().statusCode(200);
        }
        // In the app too, what leo may no longer read is gone.
        as("leo").get(base + "api/v1/me/notifications").then().body("items.text", org.hamcrest.Matchers.not(hasItem(containsString(closed))));
    }
}
