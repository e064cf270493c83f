package org.guildhall.people;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Viewer;
import org.guildhall.text.Similarity;

/**
 * The departments of the people directory (as the identity provider, and later the HR import,
 * spell them): the one list anyone chooses departments from, so "IT Ops" never sits beside
 * "IT Operations".
 */
@ApplicationScoped
public class Departments {

    @Inject
    PersonRepository people;

    @Inject
    AccessPolicy access;

    /** The list to choose from, for those who may browse the directory (nothing for the others). */
    @Transactional
    public List<String> offeredTo(Viewer viewer) {
        return access.canSeeDirectory(viewer) ? people.departments() : List.of();
    }

    /** The departments as they are now, to check several typed names against one reading. */
    @Transactional
    public Known known() {
        return new Known(people.departments());
    }

    /** One reading of the directory's departments. */
    public record Known(List<String> names) {

        /** The directory's spelling of a department typed with other case, accents or spacing. */
        public Optional<String> canonical(String typed) {
            var folded = Similarity.fold(typed);
            return names.stream().filter(d -> Similarity.fold(d).equals(folded)).findFirst();
        }

        /** Departments that look like what was typed, for "did you mean". */
        public List<String> like(String typed) {
            return Similarity.closest(typed, names, 0.8, 3);
        }
    }
}
