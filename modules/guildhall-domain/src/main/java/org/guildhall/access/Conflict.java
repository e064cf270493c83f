package org.guildhall.access;

/** The request contradicts the current state (joining twice, approving a withdrawn request): a 409. */
public non-sealed class Conflict extends Refusal {
    public Conflict(String message) {
        super(message);
    }
}
