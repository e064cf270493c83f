package org.guildhall.blog;

/** A post field that is well-formed but not acceptable (scheduling in the past): a field message. */
public class InvalidPost extends RuntimeException {

    private final String field;

    public InvalidPost(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
