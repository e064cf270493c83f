package org.guildhall.wiki;

import java.time.Instant;

/** One version of an attachment as lists show it, without its bytes. */
public record AttachmentSummary(String name, int number, String contentType, long size, String authorName, Instant at) {
}
