package org.guildhall.search.unified;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.guildhall.access.InvalidField;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void words_phrases_exclusions_and_filters_are_told_apart() {
        var query = SearchQuery.parse("  rollout \"blue green\" -canary -\"big bang\" tag:k8s network:\"Data Science\" "
                + "author:alice skill:ML type:wiki TYPE:people  ");

        assertThat(query.words()).containsExactly("rollout");
        assertThat(query.phrases()).containsExactly("blue green");
        assertThat(query.excluded()).containsExactly("canary", "big bang");
        assertThat(query.tags()).containsExactly("k8s");
        assertThat(query.networks()).containsExactly("Data Science");
        assertThat(query.authors()).containsExactly("alice");
        assertThat(query.skills()).containsExactly("ML");
        assertThat(query.types()).isEqualTo(Set.of(ResultType.WIKI, ResultType.PERSON));
        assertThat(query.matching()).isEqualTo("rollout \"blue green\"");
    }

    @Test
    void a_colon_that_is_not_a_filter_is_part_of_a_word() {
        var query = SearchQuery.parse("ratio 3:1 see https://example.org -");

        assertThat(query.words()).containsExactly("ratio", "3:1", "see", "https://example.org", "-");
        assertThat(query.hasFilters()).isFalse();
    }

    @Test
    void filters_alone_are_a_query() {
        var query = SearchQuery.parse("type:post tag:kubernetes -draft");

        assertThat(query.hasText()).isFalse();
        assertThat(query.hasFilters()).isTrue();
        assertThat(query.isEmpty()).isFalse();
    }

    @Test
    void what_cannot_be_understood_says_how_to_write_it() {
        assertThatThrownBy(() -> SearchQuery.parse("\"blue green")).isInstanceOf(InvalidField.class)
                .hasMessageContaining("Close the quote");
        assertThatThrownBy(() -> SearchQuery.parse("tag: kubernetes")).hasMessageContaining("Give tag: a value");
        assertThatThrownBy(() -> SearchQuery.parse("type:spreadsheet")).hasMessageContaining("no type \"spreadsheet\"")
                .hasMessageContaining("person, network, post, comment, wiki");
        assertThatThrownBy(() -> SearchQuery.parse("-kubernetes")).hasMessageContaining("as well as what to leave out");
        assertThatThrownBy(() -> SearchQuery.parse("x".repeat(501))).hasMessageContaining("at most 500 characters");
        assertThatThrownBy(() -> SearchQuery.parse("a ".repeat(33))).hasMessageContaining("at most 32");
    }

    @Test
    void nothing_typed_is_an_empty_query() {
        assertThat(SearchQuery.parse(null).isEmpty()).isTrue();
        assertThat(SearchQuery.parse("   ").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("\"  \"").isEmpty()).isTrue();
    }

    @Test
    void a_correction_keeps_filters_and_exclusions() {
        var corrected = SearchQuery.parse("kubernets -helm tag:ops").withWords(java.util.List.of("kubernetes"));

        assertThat(corrected.words()).containsExactly("kubernetes");
        assertThat(corrected.excluded()).containsExactly("helm");
        assertThat(corrected.tags()).containsExactly("ops");
    }
}
