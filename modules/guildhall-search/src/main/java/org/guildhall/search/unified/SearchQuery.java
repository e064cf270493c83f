package org.guildhall.search.unified;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.guildhall.access.InvalidField;

/**
 * What someone typed in the search box, understood: words to look for, "phrases in quotes",
 * {@code -excluded} words or phrases, and filters written as {@code key:value} or
 * {@code key:"two words"} ({@code tag:}, {@code network:}, {@code author:}, {@code skill:},
 * {@code type:}). A word with a colon whose key is not a filter ({@code 3:1}, {@code http://})
 * is an ordinary word. Text that cannot be understood is refused with a message saying how to
 * write it, as an {@link InvalidField} on {@code q}.
 */
public record SearchQuery(List<String> words, List<String> phrases, List<String> excluded, Set<ResultType> types,
                          List<String> tags, List<String> networks, List<String> authors, List<String> skills) {

    public static final int MAX_LENGTH = 500;
    private static final int MAX_TERMS = 32;
    private static final Set<String> FILTERS = Set.of("tag", "network", "author", "skill", "type");

    public SearchQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
        types = Set.copyOf(types);
        tags = List.copyOf(tags);
        networks = List.copyOf(networks);
        authors = List.copyOf(authors);
        skills = List.copyOf(skills);
    }

    public static SearchQuery parse(String text) {
        return new Parser(text == null ? "" : text.strip()).parse();
    }

    /** The words and phrases to match, as one text ({@code ""} when only filters were given). */
    public String matching() {
        var all = new ArrayList<>(words);
        phrases.forEach(p -> all.add('"' + p + '"'));
        return String.join(" ", all);
    }

    public boolean hasText() {
        return !words.isEmpty() || !phrases.isEmpty();
    }

    public boolean hasFilters() {
        return !types.isEmpty() || !tags.isEmpty() || !networks.isEmpty() || !authors.isEmpty() || !skills.isEmpty();
    }

    public boolean isEmpty() {
        return !hasText() && !hasFilters();
    }

    /** The same query with other words (a correction), filters and exclusions kept. */
    public SearchQuery withWords(List<String> corrected) {
        return new SearchQuery(corrected, phrases, excluded, types, tags, networks, authors, skills);
    }

    private static final class Parser {

        private final String text;
        private int at;
        private int terms;
        private final List<String> words = new ArrayList<>();
        private final List<String> phrases = new ArrayList<>();
        private final List<String> excluded = new ArrayList<>();
        private final Set<ResultType> types = new LinkedHashSet<>();
        private final Map<String, List<String>> filters = Map.of("tag", new ArrayList<>(), "network", new ArrayList<>(),
                "author", new ArrayList<>(), "skill", new ArrayList<>());

        Parser(String text) {
            this.text = text;
        }

        SearchQuery parse() {
            if (text.length() > MAX_LENGTH) {
                throw invalid("Shorten your search to at most " + MAX_LENGTH + " characters.");
            }
            while (skipSpaces()) {
                if (++terms > MAX_TERMS) {
                    throw invalid("Use at most " + MAX_TERMS + " words and filters in one search.");
                }
                term();
            }
            if (words.isEmpty() && phrases.isEmpty() && !excluded.isEmpty() && types.isEmpty()
                    && filters.values().stream().allMatch(List::isEmpty)) {
                throw invalid("Say what to look for as well as what to leave out: -" + excluded.get(0) + " alone finds nothing.");
            }
            return new SearchQuery(words, phrases, excluded, types, filters.get("tag"), filters.get("network"),
                    filters.get("author"), filters.get("skill"));
        }

        private void term() {
            if (peek() == '-' && at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1))) {
                at++;
                excluded.add(peek() == '"' ? quoted() : bare());
                return;
            }
            if (peek() == '"') {
                var phrase = quoted();
                if (!phrase.isBlank()) {
                    phrases.add(phrase);
                }
                return;
            }
            int start = at;
            var word = bare();
            int colon = word.indexOf(':');
            var key = colon > 0 ? word.substring(0, colon).toLowerCase(Locale.ROOT) : "";
            if (!FILTERS.contains(key)) {
                words.add(word);
                return;
            }
            at = start + colon + 1;
            if (at >= text.length() || Character.isWhitespace(peek())) {
                throw invalid("Give " + key + ": a value, as in " + example(key) + ".");
            }
            var value = peek() == '"' ? quoted() : bare();
            if (value.isBlank()) {
                throw invalid("Give " + key + ": a value, as in " + example(key) + ".");
            }
            if ("type".equals(key)) {
                types.add(ResultType.named(value).orElseThrow(() -> invalid("There is no type \"" + value + "\". Use one of: "
                        + ResultType.names() + ".")));
            } else {
                filters.get(key).add(value);
            }
        }

        /** Text up to the closing quote (which must be there). */
        private String quoted() {
            int open = at++;
            int close = text.indexOf('"', at);
            if (close < 0) {
                throw invalid("Close the quote opened at \"" + text.substring(open, Math.min(text.length(), open + 20))
                        + "\": a phrase goes between two double quotes.");
            }
            at = close + 1;
            return text.substring(open + 1, close).strip().replaceAll("\\s+", " ");
        }

        private String bare() {
            int start = at;
            while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return text.substring(start, at);
        }

        private boolean skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at < text.length();
        }

        private char peek() {
            return text.charAt(at);
        }

        private static String example(String key) {
            return switch (key) {
                case "tag" -> "tag:kubernetes";
                case "network" -> "network:data-science";
                case "author" -> "author:alice";
                case "skill" -> "skill:\"machine learning\"";
                default -> "type:wiki";
            };
        }

        private static InvalidField invalid(String message) {
            return new InvalidField("q", message);
        }
    }
}
