package org.guildhall.people;

import java.util.Locale;

/**
 * Who to look for among people, besides what they know: their department, location, a language
 * they speak and what they are open to. Blank means any.
 */
public record PeopleFilter(String department, String location, String language, boolean openToQuestions,
                           boolean openToMentoring, boolean openToProjects, boolean talentDiscovery) {

    public static final PeopleFilter ANYONE = new PeopleFilter(null, null, null, false, false, false, false);

    public PeopleFilter {
        department = blankToNull(department);
        location = blankToNull(location);
        language = blankToNull(language);
    }

    /** Whether this narrows anything down. */
    public boolean narrows() {
        return department != null || location != null || language != null || openToQuestions || openToMentoring
                || openToProjects || talentDiscovery;
    }

    /** Only who HR may find: people who opted in to talent discovery, with no other narrowing. */
    public static PeopleFilter talentPool() {
        return new PeopleFilter(null, null, null, false, false, false, true);
    }

    public PeopleFilter optedIn() {
        return new PeopleFilter(department, location, language, openToQuestions, openToMentoring, openToProjects, true);
    }

    /** Whether this person (still here) is one the filter looks for. */
    public boolean admits(Person p) {
        return !p.hasLeft() && (department == null || department.equals(p.department()))
                && (location == null || (p.location() != null && p.location().toLowerCase(Locale.ROOT).contains(location.toLowerCase(Locale.ROOT))))
                && (language == null || p.languages().stream().anyMatch(l -> l.equalsIgnoreCase(language)))
                && (!openToQuestions || p.openToQuestions()) && (!openToMentoring || p.openToMentoring())
                && (!openToProjects || p.openToProjects()) && (!talentDiscovery || p.talentDiscovery());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
