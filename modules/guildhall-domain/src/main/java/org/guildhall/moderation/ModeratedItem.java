package org.guildhall.moderation;

import org.guildhall.network.Network;
import org.guildhall.people.Person;

/**
 * One reportable item as moderation sees it, whatever feature it belongs to: where it lives
 * ({@code network} null for a personal blog or a person), who wrote it, what it says, where to
 * read it and its thread.
 */
public record ModeratedItem(ContentKind kind, long id, Network network, Person author, String title, String text,
                            String link, boolean hidden, boolean held) {

    /** The open-case key: one open case per item. */
    String key() {
        return kind.code() + ":" + id;
    }

    String excerpt() {
        var flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 299) + "…";
    }
}
