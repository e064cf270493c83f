package org.guildhall.access;

import java.util.Locale;

/**
 * The grant keys audiences are made of. A reader holds {@link #EVERYONE} as an employee,
 * {@link #ADMINS} as an administrator, and one key per standing in each network
 * ({@code network-12-active}, {@code network-12-owner}, ...).
 */
public final class Grants {

    public static final String EVERYONE = "everyone";
    public static final String ADMINS = "admin";

    /** A person's standing in one network; owners and moderators also hold {@link #ACTIVE}. */
    public enum Standing {
        ACTIVE, INVITED, REQUESTED, MODERATOR, OWNER
    }

    private Grants() {
    }

    public static String network(long networkId, Standing standing) {
        return "network-" + networkId + "-" + standing.name().toLowerCase(Locale.ROOT);
    }
}
