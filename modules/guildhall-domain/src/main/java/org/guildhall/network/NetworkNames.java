package org.guildhall.network;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.text.Similarity;

/**
 * What a network's name says it is about, for telling whether two networks are the same in
 * other words: "Cloud Platform Friends" and "Cloud Platform Community" are both "cloud platform",
 * while "Java Guild" and "JavaScript Guild" are not alike once "guild" is set aside.
 */
final class NetworkNames {

    /** Words that name the gathering rather than its subject. */
    private static final Set<String> GATHERINGS = Set.of("a", "an", "the", "of", "for", "and", "&", "community", "communities",
            "friends", "group", "groups", "guild", "guilds", "network", "networks", "circle", "circles", "club", "clubs",
            "forum", "forums", "users", "user", "chapter", "chapters", "team", "teams", "council", "practice", "cop",
            "society", "collective", "hub", "lovers", "fans", "enthusiasts", "experts", "people");

    private NetworkNames() {
    }

    /** The subject of a name, folded; the whole folded name when it is nothing but gathering words. */
    static String subject(String name) {
        var folded = Similarity.fold(name);
        var subject = Arrays.stream(folded.split("[\\s\\p{P}\\p{S}]+"))
                .filter(word -> !word.isEmpty() && !GATHERINGS.contains(word))
                .collect(Collectors.joining(" "));
        return subject.isEmpty() ? folded : subject;
    }
}
