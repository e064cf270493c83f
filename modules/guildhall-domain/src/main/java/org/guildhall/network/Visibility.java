package org.guildhall.network;

/** A network is listed in the directory and search, or hidden from everyone but its members. */
public enum Visibility implements Coded {
    LISTED, HIDDEN
}
