package org.guildhall.access;

import jakarta.enterprise.context.ApplicationScoped;

import org.guildhall.people.Person;

/**
 * The one place that decides who may see and do what. Services ask it before they act; search
 * asks it for the visibility filter it adds to every query.
 */
@ApplicationScoped
public class AccessPolicy {

    /** The people directory is open to every employee. */
    public boolean canSeeDirectory(Viewer viewer) {
        return viewer.roles().contains(Viewer.EMPLOYEE) || viewer.isAdmin();
    }

    public boolean canSee(Viewer viewer, Person person) {
        return canSeeDirectory(viewer);
    }

    public void requireCanSee(Viewer viewer, Person person) {
        if (!canSee(viewer, person)) {
            throw new NotFound("No such person");
        }
    }

    /** A profile is edited by its owner; admins may correct anyone's. */
    public boolean canEdit(Viewer viewer, Person person) {
        return viewer.is(person.username()) || viewer.isAdmin();
    }

    public void requireCanEdit(Viewer viewer, Person person) {
        requireCanSee(viewer, person);
        if (!canEdit(viewer, person)) {
            throw new Forbidden("Only " + person.displayName() + " can edit this profile");
        }
    }
}
