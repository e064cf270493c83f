package org.guildhall.network;

/** How people join: at once, by a request that owners decide on, or only when invited. */
public enum JoinPolicy implements Coded {
    OPEN, REQUEST, INVITATION
}
