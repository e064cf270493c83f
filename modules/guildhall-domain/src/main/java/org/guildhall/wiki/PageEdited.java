package org.guildhall.wiki;

/** A wiki page got a new revision (created, edited or reverted) in the current transaction. */
public record PageEdited(WikiRevision revision) {
}
