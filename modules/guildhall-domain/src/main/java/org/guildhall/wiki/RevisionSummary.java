package org.guildhall.wiki;

import java.time.Instant;

/** A revision as the history lists it: who, when, why and how much, without its text. */
public record RevisionSummary(int number, String title, String summary, boolean minor, String authorUsername,
                              String authorName, Instant at, int sizeChars, int deltaChars, Integer revertedTo) {
}
