package org.guildhall.importer;

/** What happened to a run of records: imported, already there, or rejected with a reason. */
public record Tally(long imported, long unchanged, long rejected) {

    public static final Tally NONE = new Tally(0, 0, 0);

    Tally plus(Tally other) {
        return new Tally(imported + other.imported, unchanged + other.unchanged, rejected + other.rejected);
    }
}
