package org.guildhall.blog;

import org.guildhall.access.InvalidField;

/** A post field that is well-formed but not acceptable (scheduling in the past). */
public class InvalidPost extends InvalidField {
    public InvalidPost(String field, String message) {
        super(field, message);
    }
}
