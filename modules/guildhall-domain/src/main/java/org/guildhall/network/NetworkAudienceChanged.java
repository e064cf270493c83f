package org.guildhall.network;

/**
 * Who may read what is in a network changed (its status, visibility or content access): every
 * feature that keeps content in networks observes it and re-indexes that content. Fired inside
 * the transaction that made the change.
 */
public record NetworkAudienceChanged(long networkId) {
}
