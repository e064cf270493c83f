package org.guildhall.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.rometools.rome.io.SyndFeedInput;

import io.restassured.http.ContentType;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Known stored-XSS payloads in every field people control come out inert on the page, the API and feeds. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssIT {

    static final List<String> CORPUS = List.of(
            "<script>alert('s1')</script>",
            "<img src=x onerror=alert('s2')>",
            "[click](javascript:alert('s3'))",
            "<a href=\"javascript:alert('s4')\">x</a>",
            "<svg onload=alert('s5')><circle/></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert('s6')>",
            "<iframe src=\"javascript:alert('s7')\"></iframe>",
            "<div style=\"background:url(javascript:alert('s8'))\">x</div>",
            "<<script>alert('s9');//<</script>",
            "![x](javascript:alert('s10'))",
            "<a href=\"&#106;avascript:alert('s11')\">x</a>",
            "<details open ontoggle=alert('s12')>",
            "```html\n<script>alert('s13')</script>\n```",
            "<form action=javascript:alert('s14')><button>go</button></form>",
            "<object data=\"javascript:alert('s15')\"></object>");

    /** What must never survive as markup: script, event handlers, javascript: URLs, active elements, styles. */
    static final List<Pattern> ALIVE = List.of(
            Pattern.compile("<script", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<[^>]*(href|src|action|data)\\s*=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<(svg|math|iframe|object|style)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("<[^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE));

    final URL base = Stack.base();

    @Test
    void the_xss_corpus_is_inert_in_post_page_api_and_feed() throws Exception {
        var token = Tokens.of("alice");
        var body = String.join("\n\n", CORPUS);
        long id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", "<script>alert('title')</script>", "body", body,
                        "tags", List.of("<img src=x onerror=alert(1)>"), "publishing", "now"))
                .post(base + "api/v1/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of("bob")).contentType(ContentType.JSON).body(Map.of("body", body))
                .post(base + "api/v1/posts/" + id + "/comments").then().statusCode(201);

        // The layout's own scripts (same-origin files, allowed by the CSP) are not what is looked for.
        var page = given().auth().oauth2(Tokens.of("bob")).accept(ContentType.HTML).get(base + "blog/posts/" + id)
                .then().statusCode(200).extract().asString()
                .replaceAll("<script src=\"/(webjars/bootstrap/[0-9.]+/js/bootstrap\\.bundle\\.min|static/(timezone|confirm|flash|combobox|site-search))\\.js\" defer></script>", "");
        var html = given().auth().oauth2(Tokens.of("bob")).accept(ContentType.JSON).get(base + "api/v1/posts/" + id)
                .then().statusCode(200).extract().jsonPath().getString("post.html");
        var feed = new SyndFeedInput().build(new StringReader(given().auth().oauth2(Tokens.of("bob"))
                .get(base + "feeds/people/alice.atom").then().statusCode(200).extract().asString()));
        var entryHtml = feed.getEntries().stream().filter(e -> e.getLink().endsWith("/blog/posts/" + id)).findFirst()
                .orElseThrow().getContents().get(0).getValue();

        for (var alive : ALIVE) {
            assertThat(alive.matcher(page).find()).as("page carries %s", alive).isFalse();
            assertThat(alive.matcher(html).find()).as("API html carries %s", alive).isFalse();
            assertThat(alive.matcher(entryHtml).find()).as("feed entry carries %s", alive).isFalse();
        }
        assertThat(page).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
    }
}
