package org.guildhall.question;

/** A question was asked (and is stored): following, search and routing hear of it. Fired in the transaction that made it. */
public record QuestionAsked(Question question) {
}
