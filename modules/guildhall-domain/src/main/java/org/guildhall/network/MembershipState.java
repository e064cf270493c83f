package org.guildhall.network;

/** Where a person stands with a network: a member, asking to join, or invited. */
public enum MembershipState implements Coded {
    ACTIVE, REQUESTED, INVITED
}
