package org.guildhall.access;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may read (or see) something: a set of grant keys, any one of which admits a reader who
 * holds it. The same keys are stored beside the content in the database (for list queries),
 * copied into its search document (for the search filter) and compared in memory, so the three
 * can never disagree. See {@link Grants} for the keys.
 */
public record Audience(Set<String> keys) {

    /** Everything written company-wide: every employee reads it. */
    public static final Audience COMPANY = new Audience(Set.of(Grants.EVERYONE));

    public Audience {
        keys = Set.copyOf(keys);
    }

    public static Audience of(Collection<String> keys) {
        return new Audience(Set.copyOf(keys));
    }

    public boolean admits(Reader reader) {
        return keys.stream().anyMatch(reader::holds);
    }

    /** The keys in a stable order, for documents and tests. */
    public Set<String> sorted() {
        return new TreeSet<>(keys);
    }
}
