package org.guildhall.network;

/** A charter field that is well-formed but not acceptable (a duplicate name): a field message. */
public class InvalidCharter extends RuntimeException {

    private final String field;

    public InvalidCharter(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
