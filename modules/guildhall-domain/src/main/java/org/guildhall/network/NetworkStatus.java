package org.guildhall.network;

/** A network's life: proposed (awaiting an admin), active, rejected (with a reason), archived (read-only). */
public enum NetworkStatus implements Coded {
    PROPOSED, ACTIVE, REJECTED, ARCHIVED
}
