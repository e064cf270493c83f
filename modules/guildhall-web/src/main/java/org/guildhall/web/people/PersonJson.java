package org.guildhall.web.people;

import java.time.Instant;
import java.util.List;

import org.guildhall.people.Person;

/**
 * A profile as the API shows it. HR-owned fields (department, title, manager, employee id) are
 * read-only here: {@code PUT /api/v1/me} ignores them.
 */
public record PersonJson(String username, String displayName, String email, String department, String title,
                         String about, String location, List<String> languages, Instant leftAt,
                         Instant updatedAt, long version, String snippet, PersonRef manager, List<PersonRef> reports,
                         String interests, String hobbies, String phone, String chat, Availability availability,
                         Boolean talentDiscovery, String photo) {

    /** Someone named on a profile: enough to link to them. */
    public record PersonRef(String username, String displayName, String title) {
        static PersonRef of(Person p) {
            return new PersonRef(p.username(), p.displayName(), p.title());
        }
    }

    /** What the person is open to. */
    public record Availability(boolean questions, boolean mentoring, boolean projects) {
        static Availability of(Person p) {
            return new Availability(p.openToQuestions(), p.openToMentoring(), p.openToProjects());
        }
    }

    static PersonJson of(Person p) {
        return of(p, (String) null);
    }

    static PersonJson of(Person p, String snippet) {
        return new PersonJson(p.username(), p.displayName(), p.email(), p.department(), p.title(), p.about(),
                p.location(), p.languages(), p.leftAt(), p.updatedAt(), p.version(), snippet, null, null,
                p.interests(), p.hobbies(), p.phone(), p.chat(), Availability.of(p), null, null);
    }

    /** My own profile: with my talent-discovery consent. */
    static PersonJson mine(Person p) {
        var json = of(p);
        return new PersonJson(json.username, json.displayName, json.email, json.department, json.title, json.about,
                json.location, json.languages, json.leftAt, json.updatedAt, json.version, null, null, null, json.interests,
                json.hobbies, json.phone, json.chat, json.availability, p.talentDiscovery(), null);
    }

    /** The full profile, with the org chart and the photo's address (when there is one). */
    static PersonJson of(Person p, org.guildhall.people.Profiles.OrgChart chart, boolean hasPhoto) {
        return new PersonJson(p.username(), p.displayName(), p.email(), p.department(), p.title(), p.about(),
                p.location(), p.languages(), p.leftAt(), p.updatedAt(), p.version(), null,
                chart.manager() == null ? null : PersonRef.of(chart.manager()), chart.reports().stream().map(PersonRef::of).toList(),
                p.interests(), p.hobbies(), p.phone(), p.chat(), Availability.of(p), null,
                hasPhoto ? "/people/" + p.username() + "/photo" : null);
    }
}
