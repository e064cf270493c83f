package org.guildhall.people;

import java.util.Objects;

/**
 * Who the identity provider says a person is, taken from the claims of their token.
 *
 * <p>Missing claims become {@code null} or fall back sensibly: a token without a name still
 * yields a display name (the username), so a profile can always be created.
 */
public record Identity(String username, String displayName, String email, String department,
                       String title) {

    public Identity {
        Objects.requireNonNull(username, "username");
        displayName = present(displayName) ? displayName.strip() : username;
        email = clean(email);
        department = clean(department);
        title = clean(title);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String clean(String value) {
        return present(value) ? value.strip() : null;
    }
}
