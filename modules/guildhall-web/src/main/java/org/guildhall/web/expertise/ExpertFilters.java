package org.guildhall.web.expertise;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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

    /**
     * The filters as the API's expert and talent operations take them ({@code @BeanParam}): each
     * parameter described once for all of them.
     */
    public static class Query {

        @Parameter(description = "A skill, by its slug, name or alias; repeat it (or separate with commas) for people who know all of them, at most 5", example = "kubernetes")
        @QueryParam("skill")
        List<String> skill;

        @Parameter(description = "Only people in this department", example = "Engineering")
        @QueryParam("department")
        String department;

        @Parameter(description = "Only people at this location", example = "London")
        @QueryParam("location")
        String location;

        @Parameter(description = "Only people who speak this language", example = "German")
        @QueryParam("language")
        String language;

        @Parameter(description = "Only people open to questions, mentoring or projects (repeatable)", example = "mentoring")
        @QueryParam("open")
        List<String> open;

        public List<String> skills() {
            return ExpertFilters.skills(skill);
        }

        /** The people filter; {@code optedIn}: only those who opted in to talent discovery. */
        public PeopleFilter people(boolean optedIn) {
            return ExpertFilters.of(department, location, language, open, optedIn);
        }
    }
}
