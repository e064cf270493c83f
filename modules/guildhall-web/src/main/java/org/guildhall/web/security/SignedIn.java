package org.guildhall.web.security;

import java.io.Serializable;

/** The signed-in person as the page header shows them; kept in the HTTP session. */
public record SignedIn(String username, String displayName) implements Serializable {
}
