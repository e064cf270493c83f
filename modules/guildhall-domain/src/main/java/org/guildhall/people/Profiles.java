package org.guildhall.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Viewer;
import org.guildhall.outbox.Outbox;

/** Profiles: created and kept in sync at sign-in, edited by their owner, searchable through the outbox. */
@ApplicationScoped
public class Profiles {

    public static final String AGGREGATE = "person";
    /** Sign-in times are kept to this precision, so bearer calls do not write on every request. */
    static final Duration SIGN_IN_GRANULARITY = Duration.ofMinutes(5);

    @Inject
    PersonRepository people;

    @Inject
    Outbox outbox;

    @Inject
    AccessPolicy access;

    @Inject
    Clock clock;

    /**
     * Creates the profile on first sign-in and takes the identity provider's changes later.
     * Recording the sign-in time does not bump the profile's version: an API call must not make
     * the caller's own pending edit stale.
     */
    @Transactional
    public Person signIn(Identity identity) {
        Instant now = clock.instant();
        var person = people.find(identity.username()).orElse(null);
        if (person == null) {
            person = Person.from(identity, now);
            person.signedIn(now);
            people.store(person);
            outbox.append(AGGREGATE, person.id());
        } else if (person.syncWith(identity, now)) {
            person.signedIn(now);
            outbox.append(AGGREGATE, person.id());
        } else if (person.lastSignInAt() == null || person.lastSignInAt().isBefore(now.minus(SIGN_IN_GRANULARITY))) {
            people.recordSignIn(person, now);
        }
        return person;
    }

    /** Takes the identity provider's view when nothing else is known about a person yet. */
    @Transactional
    public Person register(Identity identity) {
        return people.find(identity.username()).orElseGet(() -> {
            var person = Person.from(identity, clock.instant());
            people.store(person);
            outbox.append(AGGREGATE, person.id());
            return person;
        });
    }

    public Person find(String username) {
        return people.find(username).orElseThrow(() -> new PersonNotFound(username));
    }

    @Transactional
    public Person edit(Viewer viewer, String username, @Valid ProfileEdit edit) {
        var person = find(username);
        access.requireCanEdit(viewer, person);
        if (edit.version() != null && edit.version() != person.version()) {
            throw new OptimisticLockException("The profile of " + username + " was changed by someone else");
        }
        person.edit(edit, clock.instant());
        outbox.append(AGGREGATE, person.id());
        return person;
    }
}
