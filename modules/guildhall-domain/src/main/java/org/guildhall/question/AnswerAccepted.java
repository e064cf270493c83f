package org.guildhall.question;

/** An answer was accepted as the one that solved its question. Fired in the transaction that made it. */
public record AnswerAccepted(Answer answer, org.guildhall.people.Person by) {
}
