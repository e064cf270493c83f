package org.guildhall.importer;

/** A record that cannot be imported as it is: which field, and why, in words an admin can act on. */
class BadRecord extends RuntimeException {

    private final String field;

    BadRecord(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
