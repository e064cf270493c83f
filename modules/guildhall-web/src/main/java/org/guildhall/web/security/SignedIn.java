package org.guildhall.web.security;

import java.io.Serializable;

/**
 * The signed-in person as the page header shows them, and the language they chose (null: their
 * browser's); kept in the HTTP session.
 */
public record SignedIn(String username, String displayName, String language) implements Serializable {

    public SignedIn speaking(String chosen) {
        return new SignedIn(username, displayName, chosen);
    }
}
