package org.guildhall.web.network;

import java.util.Arrays;
import java.util.List;

import org.guildhall.network.Charter;
import org.guildhall.network.Network;

/** The charter form's fields as typed: topics and departments as comma-separated text. */
public record NetworkForm(String name, String description, String purpose, String topics, String whoShouldJoin,
                          String departments, String visibility, String contentAccess, String joinPolicy,
                          String posting, Long version) {

    static NetworkForm empty() {
        return new NetworkForm("", "", "", "", "", "", "listed", "public", "open", "members", null);
    }

    static NetworkForm of(Network n) {
        return new NetworkForm(n.name(), n.description(), n.purpose(), String.join(", ", n.topics()),
                n.whoShouldJoin(), String.join(", ", n.departments()), n.visibility().code(),
                n.contentAccess().code(), n.joinPolicy().code(), n.posting().code(), n.version());
    }

    Charter charter() {
        return new Charter(name, description, purpose, split(topics), whoShouldJoin, split(departments), visibility,
                contentAccess, joinPolicy, posting);
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
