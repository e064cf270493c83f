package org.guildhall.expertise;

import java.time.Instant;
import java.util.List;

import org.guildhall.access.Audience;

/**
 * One piece of evidence of what its author knows: something they wrote, answered or edited, with
 * who may read it (its {@link Audience}, so evidence is only ever counted for those readers), when,
 * and how much colleagues appreciated it.
 *
 * @param id           unique across sources, e.g. {@code post-12}, {@code comment-34}
 * @param aggregateId  the outbox aggregate it is rebuilt from (a comment's post)
 * @param kind         what it is ({@code post}, {@code comment}; later {@code wiki-edit}, {@code answer})
 * @param title        what it is about (a comment carries its post's title)
 * @param text         plain text
 * @param link         where to read it, an application path
 */
public record Contribution(String id, long aggregateId, String kind, String author, String title, String text,
                           List<String> tags, Long networkId, String networkName, Audience readers, Instant at,
                           int appreciation, String link) {
}
