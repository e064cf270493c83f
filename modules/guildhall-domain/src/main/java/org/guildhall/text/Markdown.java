package org.guildhall.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What people write, as HTML that is safe to show: Markdown rendered by commonmark-java, then
 * sanitised by an allow-list (OWASP Java HTML Sanitizer). {@code @username} becomes a link to the
 * profile. Raw HTML in the Markdown is escaped, and the sanitiser runs anyway.
 */
public final class Markdown {

    /** Bump when the rendering or the allow-list changes: stored renderings of an older version are redone. */
    public static final int VERSION = 1;

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@/])@([A-Za-z0-9][A-Za-z0-9._-]{1,99})");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .postProcessor(new Mentions()).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();

    /** Headings, lists, links, code blocks with a language, tables and images by URL; nothing else. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "blockquote",
                    "pre", "code", "em", "strong", "del", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("title").onElements("a")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#-]{1,30}")).onElements("code")
            .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private Markdown() {
    }

    public static String html(String markdown) {
        return sanitize(HTML.render(PARSER.parse(markdown == null ? "" : markdown)));
    }

    /** Everything a page needs to show the text, computed in one pass over the parsed Markdown. */
    public static Rendered render(String markdown) {
        var document = PARSER.parse(markdown == null ? "" : markdown);
        var html = sanitize(HTML.render(document));
        var text = plain(document);
        var words = text.isEmpty() ? 0 : text.split("\\s+").length;
        return new Rendered(html, text, excerpt(text), Math.max(1, Math.round(words / 230f)), VERSION);
    }

    /** The first words of a text, on one line, cut at a word boundary. */
    static String excerpt(String text) {
        var flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= Rendered.EXCERPT_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', Rendered.EXCERPT_LENGTH);
        return flat.substring(0, cut > 0 ? cut : Rendered.EXCERPT_LENGTH) + " …";
    }

    /** Any HTML made safe by the same allow-list. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** The words only, for search, feed summaries and reading time. */
    public static String text(String markdown) {
        return plain(PARSER.parse(markdown == null ? "" : markdown));
    }

    /**
     * The words a reader sees, without Markdown syntax or link targets: a line per block, cells
     * and list items separated by spaces.
     */
    private static String plain(Node document) {
        var out = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(FencedCodeBlock code) {
                out.append(code.getLiteral()).append('\n');
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                out.append(code.getLiteral()).append('\n');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block || parent instanceof CustomNode) {
                    out.append(parent instanceof Block ? '\n' : ' ');
                }
            }
        });
        return out.toString().replaceAll("[ \\t]+", " ").replaceAll(" ?\n[ \n]*", "\n").strip();
    }

    /** Minutes to read at about 230 words a minute, at least one. */
    public static int readingMinutes(String markdown) {
        var words = text(markdown).split("\\s+").length;
        return Math.max(1, Math.round(words / 230f));
    }

    /** Turns {@code @username} in text (not in code or links) into a link to the profile. */
    private static final class Mentions implements PostProcessor {
        @Override
        public Node process(Node document) {
            var texts = new ArrayList<Text>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    texts.add(text);
                }

                @Override
                public void visit(Link link) {
                    // leave link text alone
                }

                @Override
                public void visit(Code code) {
                    // and inline code
                }
            });
            texts.forEach(Mentions::link);
            return document;
        }

        private static void link(Text text) {
            var literal = text.getLiteral();
            var matcher = MENTION.matcher(literal);
            int last = 0;
            Node anchor = text;
            boolean changed = false;
            while (matcher.find()) {
                changed = true;
                if (matcher.start() > last) {
                    anchor = insertAfter(anchor, new Text(literal.substring(last, matcher.start())));
                }
                var username = matcher.group(1).replaceAll("[._-]+$", "");
                var link = new Link("/people/" + username, null);
                link.appendChild(new Text("@" + username));
                anchor = insertAfter(anchor, link);
                last = matcher.start() + 1 + username.length();
            }
            if (changed) {
                if (last < literal.length()) {
                    insertAfter(anchor, new Text(literal.substring(last)));
                }
                text.unlink();
            }
        }

        private static Node insertAfter(Node anchor, Node node) {
            anchor.insertAfter(node);
            return node;
        }
    }
}
