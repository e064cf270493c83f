package org.guildhall.activity;

import org.guildhall.network.Coded;

/** What an activity is about; similar ones on one day are one grouped entry where it says so. */
public enum ActivityKind implements Coded {
    /** A post was published; subject: the post. */
    POST_PUBLISHED,
    /** A wiki page was edited (grouped per page and day); subject: the page. */
    WIKI_EDITED,
    /** People joined a network (grouped per network and day); subject: the network. Shown to its owners. */
    MEMBERS_JOINED,
    /** Someone's skills were endorsed (grouped per person and day); subject and recipient: that person. */
    ENDORSED,
    /** A question was asked; subject: the question. */
    QUESTION_ASKED
}
