package org.guildhall.network;

/** A network as a list of suggestions needs it: its address, name and short description. */
public record NetworkSummary(String slug, String name, String description) {
}
