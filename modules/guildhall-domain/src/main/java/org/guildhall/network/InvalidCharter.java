package org.guildhall.network;

import org.guildhall.access.InvalidField;

/** A charter field that is well-formed but not acceptable (a duplicate name). */
public class InvalidCharter extends InvalidField {
    public InvalidCharter(String field, String message) {
        super(field, message);
    }
}
