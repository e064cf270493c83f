package org.guildhall.outbox;

/**
 * Fired inside the writing transaction; observers that react {@code AFTER_SUCCESS} start a drain
 * right after commit instead of waiting for the next poll.
 */
public record OutboxAppended(String aggregateType) {
}
