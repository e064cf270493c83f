package org.guildhall.access;

/** What was asked for does not exist, or the viewer may not know that it does (answered 404). */
public non-sealed class NotFound extends Refusal {
    public NotFound(String message) {
        super(message);
    }
}
