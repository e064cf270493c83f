package org.guildhall.network;

/** Who may read a network's content and member list: every employee, or its members only. */
public enum ContentAccess implements Coded {
    PUBLIC, MEMBERS_ONLY
}
