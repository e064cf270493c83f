package org.guildhall.question;

import org.guildhall.access.InvalidField;

/** A question or answer that cannot be saved as written: the field and what to change. */
public class InvalidQuestion extends InvalidField {

    public InvalidQuestion(String field, String message) {
        super(field, message);
    }
}
