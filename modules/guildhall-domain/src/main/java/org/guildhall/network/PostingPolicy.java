package org.guildhall.network;

/** Who writes in a network's blog: every member, or only its owners and moderators. */
public enum PostingPolicy implements Coded {
    MEMBERS, MODERATORS
}
