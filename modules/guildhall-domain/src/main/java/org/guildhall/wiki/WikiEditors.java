package org.guildhall.wiki;

/** Who may edit a wiki's pages: its network's active members, or only its owners and moderators. */
public enum WikiEditors {
    MEMBERS, MODERATORS;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
