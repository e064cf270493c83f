package org.guildhall.flow;

/** A network named in flow figures, with its size (a shared small network says more). */
public record NetworkRef(long id, String slug, String name, int members) {

    static NetworkRef of(Object[] row, int at) {
        return new NetworkRef(((Number) row[at]).longValue(), (String) row[at + 1], (String) row[at + 2], ((Number) row[at + 3]).intValue());
    }
}
