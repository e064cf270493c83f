package org.guildhall.web.error;

/** The caller sent something we cannot use (a malformed parameter, a missing body): a 400. */
public class InvalidRequest extends RuntimeException {
    public InvalidRequest(String message) {
        super(message);
    }
}
