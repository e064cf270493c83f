package org.guildhall.web.people;

import java.time.Instant;

import org.guildhall.people.Person;

/** A profile as the API shows it. */
public record PersonJson(String username, String displayName, String email, String department, String title,
                         String about, String location, Instant updatedAt, long version, String snippet) {

    static PersonJson of(Person p) {
        return of(p, null);
    }

    static PersonJson of(Person p, String snippet) {
        return new PersonJson(p.username(), p.displayName(), p.email(), p.department(), p.title(), p.about(),
                p.location(), p.updatedAt(), p.version(), snippet);
    }
}
