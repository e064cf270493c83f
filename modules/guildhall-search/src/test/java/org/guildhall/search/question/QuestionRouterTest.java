package org.guildhall.search.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.guildhall.access.Reader;
import org.guildhall.question.Routings;

class QuestionRouterTest {

    private static QuestionRouter.Candidate candidate(String username, String department, double score) {
        return new QuestionRouter.Candidate(username, department, score, "why " + username);
    }

    private static Routings.Task askedFrom(String department) {
        return new Routings.Task(1, 1, "asker", department, null, Set.of(), List.of(), Set.of(), Reader.NOBODY);
    }

    @Test
    void the_best_are_offered_with_their_reasons() {
        var offers = QuestionRouter.pick(askedFrom("Sales"), List.of(candidate("a", "Research", 0.9),
                candidate("b", "Finance", 0.8), candidate("c", "Legal", 0.5), candidate("d", "Legal", 0.4)), 3);
        assertThat(offers).extracting(Routings.Offer::username).containsExactly("a", "b", "c");
        assertThat(offers.get(0).reason()).isEqualTo("why a");
    }

    @Test
    void someone_from_another_department_takes_the_last_place_when_all_are_the_askers_colleagues() {
        var offers = QuestionRouter.pick(askedFrom("Sales"), List.of(candidate("a", "Sales", 0.9),
                candidate("b", "Sales", 0.8), candidate("c", "Sales", 0.7), candidate("d", "Sales", 0.6),
                candidate("e", "Research", 0.2)), 3);
        assertThat(offers).extracting(Routings.Offer::username).containsExactly("a", "b", "e");
    }

    @Test
    void colleagues_stay_when_nobody_elsewhere_qualifies_or_the_askers_department_is_unknown() {
        var colleagues = List.of(candidate("a", "Sales", 0.9), candidate("b", "Sales", 0.8));
        assertThat(QuestionRouter.pick(askedFrom("Sales"), colleagues, 3)).extracting(Routings.Offer::username).containsExactly("a", "b");
        assertThat(QuestionRouter.pick(askedFrom(null), List.of(candidate("a", "Sales", 0.9), candidate("b", "Sales", 0.8),
                candidate("c", "Research", 0.1)), 2)).extracting(Routings.Offer::username).containsExactly("a", "b");
    }
}
