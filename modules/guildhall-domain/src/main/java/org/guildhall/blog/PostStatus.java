package org.guildhall.blog;

/** A draft is private to its author; a published post appears once its publish time has come. */
public enum PostStatus {
    DRAFT, PUBLISHED
}
