package org.guildhall.network;

/** A member's role in one network. */
public enum Role implements Coded {
    OWNER, MODERATOR, MEMBER
}
