package org.guildhall.text;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two names are, as people read them: case, accents and spacing do not count, and
 * similarity is Jaro-Winkler's (Apache Commons Text), which favours a shared beginning
 * ("Java Guild" and "Java Guild Berlin", "Kotlin Users" and "Kotlin User Group").
 */
public final class Similarity {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private Similarity() {
    }

    /** The name folded for comparison: "Développement  Produit" and "developpement produit" are the same. */
    public static String fold(String name) {
        var folded = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** From 0 (nothing alike) to 1 (the same once folded). */
    public static double of(String a, String b) {
        return JARO_WINKLER.apply(fold(a), fold(b));
    }

    /** The candidates at least {@code threshold} alike to {@code name}, most alike first, at most {@code limit}. */
    public static List<String> closest(String name, List<String> candidates, double threshold, int limit) {
        return closest(name, candidates, Function.identity(), threshold, limit);
    }

    /** As {@link #closest(String, List, double, int)}, for things with a name. */
    public static <T> List<T> closest(String name, List<T> candidates, Function<T, String> nameOf, double threshold, int limit) {
        var folded = fold(name);
        record Scored<T>(T candidate, double score) {
        }
        return candidates.stream()
                .map(c -> new Scored<>(c, JARO_WINKLER.apply(folded, fold(nameOf.apply(c)))))
                .filter(scored -> scored.score() >= threshold)
                .sorted(Comparator.comparingDouble((Scored<T> scored) -> scored.score()).reversed())
                .limit(limit)
                .map(Scored::candidate)
                .toList();
    }
}
