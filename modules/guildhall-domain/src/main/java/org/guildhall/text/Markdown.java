package org.guildhall.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.renderer.html.AttributeProvider;
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
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,200})(?:\\|([^\\[\\]\\n]{1,200}))?]]");

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
            .allowAttributes("id").matching(Pattern.compile("h-[\\p{L}\\p{N}_-]{1,120}")).onElements("h1", "h2", "h3", "h4", "h5", "h6")
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

    /**
     * The usernames the text mentions ({@code @name}, outside code and links), in order, each
     * once: the same mentions {@link #render} turns into profile links.
     */
    public static java.util.Set<String> mentions(String markdown) {
        var names = new java.util.LinkedHashSet<String>();
        PARSER.parse(markdown == null ? "" : markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith("/people/") && link.getFirstChild() instanceof Text text
                        && text.getLiteral().startsWith("@")) {
                    names.add(text.getLiteral().substring(1));
                }
            }
        });
        return names;
    }

    /**
     * A wiki page: Markdown as {@link #render} does it, plus {@code [[Page Title]]} and
     * {@code [[Page Title|label]]} links (not in code) and heading ids for the table of contents.
     *
     * @param href the address of the page a link names, by its title as written
     * @return the rendering and the titles linked to, in order of appearance, each once
     */
    public static WikiRendered renderWiki(String markdown, UnaryOperator<String> href) {
        var links = new LinkedHashMap<String, String>();
        var parser = Parser.builder().extensions(EXTENSIONS).postProcessor(new Mentions())
                .postProcessor(new WikiLinks(href, links)).build();
        var document = parser.parse(markdown == null ? "" : markdown);
        // Headings carry ids (prefixed, so they never clash with the page's own) for the table of contents.
        var ids = new java.util.HashSet<String>();
        var renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> (AttributeProvider) (node, tag, attributes) -> {
                    if (node instanceof Heading heading) {
                        attributes.put("id", headingId(plain(heading), ids));
                    }
                }).build();
        var html = sanitize(renderer.render(document));
        var text = plain(document);
        var words = text.isEmpty() ? 0 : text.split("\\s+").length;
        return new WikiRendered(new Rendered(html, text, excerpt(text), Math.max(1, Math.round(words / 230f)), VERSION),
                List.copyOf(links.values()));
    }

    /** "h-" and the heading's words as a slug; a repeated heading gets "-2", "-3". */
    private static String headingId(String text, java.util.Set<String> taken) {
        var words = slug(text);
        var slug = "h-" + (words.isEmpty() ? "section" : words);
        var id = slug;
        for (int n = 2; !taken.add(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    /**
     * Words as a URL-safe slug that keeps letters of every script: accents folded, lower case,
     * anything else a single "-", at most 100 characters ("Onboarding: Día 1" → "onboarding-dia-1").
     * Empty when the text has no letters or digits.
     */
    public static String slug(String text) {
        var folded = java.text.Normalizer.normalize(text == null ? "" : text.strip(), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        var slug = folded.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-$", "") : slug;
    }

    /** A rendered wiki page and the page titles it links to. */
    public record WikiRendered(Rendered rendered, List<String> linkedTitles) {
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

    /** Turns {@code [[Title]]} and {@code [[Title|label]]} in text (not in code or links) into links to wiki pages. */
    private record WikiLinks(UnaryOperator<String> href, Map<String, String> found) implements PostProcessor {
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
            texts.forEach(this::link);
            return document;
        }

        private void link(Text text) {
            // The parser leaves unmatched brackets as separate text nodes: join a run of them first.
            var literal = new StringBuilder(text.getLiteral());
            var next = text.getNext();
            while (next instanceof Text sibling) {
                literal.append(sibling.getLiteral());
                var after = sibling.getNext();
                sibling.unlink();
                next = after;
            }
            var whole = literal.toString();
            var matcher = WIKI_LINK.matcher(whole);
            Node anchor = text;
            int last = 0;
            while (matcher.find()) {
                var title = matcher.group(1).strip();
                if (title.isEmpty()) {
                    continue;
                }
                if (matcher.start() > last) {
                    anchor = Mentions.insertAfter(anchor, new Text(whole.substring(last, matcher.start())));
                }
                var label = matcher.group(2) == null || matcher.group(2).isBlank() ? title : matcher.group(2).strip();
                var link = new Link(href.apply(title), null);
                link.appendChild(new Text(label));
                anchor = Mentions.insertAfter(anchor, link);
                found.putIfAbsent(title.toLowerCase(java.util.Locale.ROOT), title);
                last = matcher.end();
            }
            if (last == 0) {
                text.setLiteral(whole);
                return;
            }
            if (last < whole.length()) {
                Mentions.insertAfter(anchor, new Text(whole.substring(last)));
            }
            text.unlink();
        }
    }
}
