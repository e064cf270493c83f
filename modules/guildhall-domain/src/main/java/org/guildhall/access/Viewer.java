package org.guildhall.access;

import java.util.Set;

/**
 * Whoever is asking: the signed-in person's username and global roles
 * ({@value #EMPLOYEE}, {@value #HR}, {@value #ADMIN}).
 */
public record Viewer(String username, Set<String> roles) {

    public static final String EMPLOYEE = "employee";
    public static final String HR = "hr";
    public static final String ADMIN = "admin";

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    public boolean isHr() {
        return roles.contains(HR);
    }

    public boolean is(String otherUsername) {
        return username.equals(otherUsername);
    }
}
