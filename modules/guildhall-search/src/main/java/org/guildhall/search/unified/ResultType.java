package org.guildhall.search.unified;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of thing one search finds; {@link #key} is what documents and {@code type:} carry. */
public enum ResultType {
    PERSON("person", "people"),
    NETWORK("network", "networks"),
    POST("post", "posts"),
    COMMENT("comment", "comments"),
    WIKI("wiki", "wikis", "page", "pages"),
    QUESTION("question", "questions");

    private final String key;
    private final String[] also;

    ResultType(String key, String... also) {
        this.key = key;
        this.also = also;
    }

    public String key() {
        return key;
    }

    /** By its key or a plural or synonym, in any case ({@code People}, {@code pages}). */
    public static Optional<ResultType> named(String name) {
        var wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key.equals(wanted) || Arrays.asList(t.also).contains(wanted)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(ResultType::key).collect(Collectors.joining(", "));
    }
}
