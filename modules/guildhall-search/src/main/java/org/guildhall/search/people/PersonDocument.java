package org.guildhall.search.people;

import java.time.Instant;

import org.guildhall.people.Person;

/** What the people index holds about a person (see /search/people-v1.json). */
public record PersonDocument(String username, String displayName, String email, String department,
                             String title, String about, String location, Instant updatedAt) {

    static PersonDocument of(Person p) {
        return new PersonDocument(p.username(), p.displayName(), p.email(), p.department(), p.title(),
                p.about(), p.location(), p.updatedAt());
    }
}
