package org.guildhall.web.people;

import java.time.Instant;

import org.guildhall.people.Person;

/** A profile as the API shows it. */
public record PersonJson(String username, String displayName, String email, String department, String title,
                         String about, String location, java.util.List<String> languages, Instant leftAt,
                         Instant updatedAt, long version, String snippet, PersonRef manager, java.util.List<PersonRef> reports) {

    /** Someone named on a profile: enough to link to them. */
    public record PersonRef(String username, String displayName, String title) {
        static PersonRef of(Person p) {
            return new PersonRef(p.username(), p.displayName(), p.title());
        }
    }

    static PersonJson of(Person p) {
        return of(p, (String) null);
    }

    static PersonJson of(Person p, String snippet) {
        return new PersonJson(p.username(), p.displayName(), p.email(), p.department(), p.title(), p.about(),
                p.location(), p.languages(), p.leftAt(), p.updatedAt(), p.version(), snippet, null, null);
    }

    /** The full profile, with the org chart. */
    static PersonJson of(Person p, org.guildhall.people.Profiles.OrgChart chart) {
        return new PersonJson(p.username(), p.displayName(), p.email(), p.department(), p.title(), p.about(),
                p.location(), p.languages(), p.leftAt(), p.updatedAt(), p.version(), null,
                chart.manager() == null ? null : PersonRef.of(chart.manager()), chart.reports().stream().map(PersonRef::of).toList());
    }
}
