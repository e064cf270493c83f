package org.guildhall.network;

/** What happened to a membership; each is one line of a network's membership log. */
public enum MembershipAction implements Coded {
    PROPOSED, APPROVED, REJECTED, ARCHIVED, EDITED,
    JOINED, LEFT, REQUESTED, WITHDRAWN, REQUEST_APPROVED, REQUEST_DECLINED,
    INVITED, INVITATION_ACCEPTED, INVITATION_DECLINED, ROLE_CHANGED, REMOVED
}
