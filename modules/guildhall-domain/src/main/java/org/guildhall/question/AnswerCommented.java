package org.guildhall.question;

/** Someone remarked on an answer: its author hears of it. Fired in the transaction that made it. */
public record AnswerCommented(AnswerComment comment) {
}
