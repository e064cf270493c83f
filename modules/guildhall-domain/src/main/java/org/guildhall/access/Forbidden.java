package org.guildhall.access;

/** The viewer may see the thing but not do this to it (answered 403). */
public class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
