package org.guildhall.follow;

import org.guildhall.network.Coded;

/** What can be followed; the API and pages spell it {@code network}, {@code person}, {@code tag}, {@code wiki-page}. */
public enum FollowKind implements Coded {
    NETWORK, PERSON, TAG, WIKI_PAGE
}
