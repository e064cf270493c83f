package org.guildhall.search.expertise;

import java.time.Instant;

/**
 * A contribution shown as evidence: what it is, where to read it, and a snippet (HTML-escaped text
 * with {@code <mark>} around the words that made it count).
 */
public record EvidenceItem(String kind, String title, String snippet, String link, Instant at, String networkName,
                           int appreciation) {
}
