package org.guildhall.expertise;

/** A colleague endorsed someone's declared skill in the current transaction. */
public record Endorsed(Endorsement endorsement) {
}
