package org.guildhall.access;

/** A field that is well-formed but not acceptable here (a duplicate name, a time in the past): a 400 naming the field. */
public non-sealed class InvalidField extends Refusal {

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
