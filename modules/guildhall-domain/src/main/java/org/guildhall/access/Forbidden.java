package org.guildhall.access;

/** The viewer may see the thing but not do this to it (answered 403). */
public non-sealed class Forbidden extends Refusal {
    public Forbidden(String message) {
        super(message);
    }
}
