package org.guildhall.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.guildhall.web.error.InvalidRequest;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void missing_values_mean_the_first_page_at_the_default_size() {
        assertThat(Paging.of(null, " ", 20)).isEqualTo(new Paging(1, 20));
    }

    @Test
    void numbers_in_range_are_taken() {
        assertThat(Paging.of("3", "50", 20)).isEqualTo(new Paging(3, 50));
    }

    @Test
    void words_zero_and_oversized_pages_are_rejected_with_the_reason() {
        assertThatThrownBy(() -> Paging.of("two", null, 20)).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("'page' must be a whole number from 1 to 500, not 'two'");
        assertThatThrownBy(() -> Paging.of("0", null, 20)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> Paging.of("1", "101", 20)).hasMessageContaining("'size'");
    }
}
