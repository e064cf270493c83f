package org.guildhall.people;

import org.guildhall.access.NotFound;

/** No person with that username, or none the viewer may see. */
public class PersonNotFound extends NotFound {
    public PersonNotFound(String username) {
        super("No person with username '" + username + "'");
    }
}
