package org.guildhall.question;

import org.guildhall.network.Coded;

/** Open questions take answers; closed ones (a duplicate, out of date) keep theirs and take no more. */
public enum QuestionStatus implements Coded {
    OPEN, CLOSED
}
