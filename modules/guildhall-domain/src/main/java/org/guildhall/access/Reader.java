package org.guildhall.access;

import java.util.Set;

/**
 * A viewer as audiences see them: the grant keys they hold, from their global roles and their
 * standing in networks. Built by {@link Readers}; compared against an {@link Audience}.
 */
public record Reader(String username, Set<String> keys) {

    /** Holds nothing: sees nothing but what is addressed to no one in particular. */
    public static final Reader NOBODY = new Reader("anonymous", Set.of());

    public Reader {
        keys = Set.copyOf(keys);
    }

    public boolean holds(String key) {
        return keys.contains(key);
    }

    public boolean isEmployee() {
        return holds(Grants.EVERYONE);
    }
}
