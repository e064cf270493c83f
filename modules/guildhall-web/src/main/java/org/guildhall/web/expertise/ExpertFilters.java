package org.guildhall.web.expertise;

import java.util.List;

import org.guildhall.people.PeopleFilter;

/** The people filters of expert search, from query parameters ({@code open=questions|mentoring|projects}). */
public final class ExpertFilters {

    private ExpertFilters() {
    }

    public static PeopleFilter of(String department, String location, String language, List<String> open, boolean optedIn) {
        var opens = open == null ? List.<String>of() : open;
        return new PeopleFilter(department, location, language, opens.contains("questions"), opens.contains("mentoring"),
                opens.contains("projects"), optedIn);
    }

    /** Skills typed in one field, separated by commas, as the page's form sends them. */
    public static List<String> skills(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }
}
