package org.guildhall.question;

/** An answer was written: its question's asker and followers hear of it. Fired in the transaction that made it. */
public record Answered(Answer answer) {
}
