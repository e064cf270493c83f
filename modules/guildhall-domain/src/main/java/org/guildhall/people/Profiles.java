package org.guildhall.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.InvalidField;
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
        var person = people.find(identity.username()).filter(found -> !guessedForSomeoneElse(found, identity))
                .or(() -> imported(identity)).orElse(null);
        if (person == null) {
            person = Person.from(identity, now);
            if (identity.email() != null && people.findByEmail(identity.email()).isPresent()) {
                // Someone else already signed in with this email: keep it, but it cannot find them.
                person.shareEmail();
            }
            person.signedIn(now);
            people.store(person);
            outbox.append(AGGREGATE, person.id());
        } else if (syncWith(person, identity, now)) {
            person.signedIn(now);
            outbox.append(AGGREGATE, person.id());
        } else if (person.lastSignInAt() == null || person.lastSignInAt().isBefore(now.minus(SIGN_IN_GRANULARITY))) {
            people.recordSignIn(person, now);
        }
        return person;
    }

    /**
     * An HR profile nobody signed in to whose sign-in name was only guessed (from its email) and
     * whose email is not this token's: it is someone else's. It steps aside under a name built
     * from its employee id, so this person gets their own profile and the other keeps theirs.
     */
    private boolean guessedForSomeoneElse(Person found, Identity identity) {
        if (found.lastSignInAt() != null || !found.isFromHr() || found.emailKey() == null
                || found.emailKey().equals(Person.keyOf(identity.email()))) {
            return false;
        }
        found.claimedBy(found.username() + "." + found.employeeId().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "-"));
        people.flush();
        outbox.append(AGGREGATE, found.id());
        return true;
    }

    /**
     * Takes the identity provider's changes; a new email that already finds someone else's
     * profile is kept, but does not find this one (checked before anything is written).
     */
    private boolean syncWith(Person person, Identity identity, Instant now) {
        boolean taken = identity.email() != null && !Person.keyOf(identity.email()).equals(person.emailKey())
                && people.findByEmail(identity.email()).filter(other -> !other.equals(person)).isPresent();
        boolean changed = person.syncWith(identity, now);
        if (changed && taken) {
            person.shareEmail();
        }
        return changed;
    }

    /**
     * The profile HR imported for this email, when nobody has signed in with it yet: it takes
     * the sign-in name, so there is never a second profile for one person.
     */
    private java.util.Optional<Person> imported(Identity identity) {
        return java.util.Optional.ofNullable(identity.email()).flatMap(people::findByEmail)
                .filter(person -> person.lastSignInAt() == null)
                .map(person -> {
                    person.claimedBy(identity.username());
                    outbox.append(AGGREGATE, person.id());
                    return person;
                });
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

    /** A person's place in the org chart: their manager (if HR named one) and direct reports, by name. */
    public record OrgChart(Person manager, java.util.List<Person> reports) {
    }

    @Transactional
    public OrgChart orgChart(Person person) {
        var manager = people.managerOf(person).orElse(null);
        return new OrgChart(manager, people.reportsOf(person));
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

    /** The languages Guildhall speaks: pages, mail and dates come in one of these. */
    public static final List<String> LANGUAGES = List.of("en", "de");

    /**
     * Pages and mail in {@code language} (one of {@link #LANGUAGES}) for this person from now on;
     * null or blank: whatever their browser asks for. Not a profile edit: it leaves the version alone.
     */
    @Transactional
    public Person chooseLanguage(Viewer viewer, String username, String language) {
        var person = find(username);
        access.requireCanEdit(viewer, person);
        var code = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        if (code != null && !LANGUAGES.contains(code)) {
            throw new InvalidField("language", "Choose one of " + String.join(", ", LANGUAGES) + ", or none to follow the browser.");
        }
        person.speak(code, clock.instant());
        return person;
    }
}
