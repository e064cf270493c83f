package org.guildhall.flow;

import org.guildhall.people.Person;

/** A person as the flow pages show them. */
public record Someone(long id, String username, String name, String department, String title) {

    static Someone of(Person p) {
        return new Someone(p.id(), p.username(), p.displayName(), p.department(), p.title());
    }
}
