package org.guildhall.question;

/** A question was offered to someone: they are told, with why. Fired in the transaction that made it. */
public record Routed(Route route) {
}
