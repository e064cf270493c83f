package org.guildhall.notification;

/** What a notification is about, by its id. */
public enum SubjectType {
    POST, COMMENT, WIKI_PAGE, NETWORK, PERSON, QUESTION, ANSWER
}
