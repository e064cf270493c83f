package org.guildhall.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.guildhall.paging.Page;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    private static Page<String> page(int page, long total) {
        return new Page<>(List.of(), total, page, 10);
    }

    @Test
    void a_link_keeps_the_other_parameters_byte_for_byte_and_page_one_has_no_parameter() {
        var links = new PageLinks("/networks/caf%C3%A9/members", "name=Ann%20Lee&page=3&q={x}");
        assertThat(links.to(1)).isEqualTo("/networks/caf%C3%A9/members?name=Ann%20Lee&q={x}");
        assertThat(links.to(4)).isEqualTo("/networks/caf%C3%A9/members?name=Ann%20Lee&q={x}&page=4");
        assertThat(new PageLinks("/blog", null).to(2)).isEqualTo("/blog?page=2");
        assertThat(new PageLinks("/blog", "page=7").to(1)).isEqualTo("/blog");
    }

    @Test
    void numbers_show_the_ends_and_the_neighbourhood_with_gaps_and_never_leave_the_list() {
        var links = new PageLinks("/blog", null);
        assertThat(links.numbers(page(1, 200))).containsExactly(1, 2, 3, PageLinks.GAP, 20);
        assertThat(links.numbers(page(10, 200))).containsExactly(1, PageLinks.GAP, 8, 9, 10, 11, 12, PageLinks.GAP, 20);
        assertThat(links.numbers(page(20, 200))).containsExactly(1, PageLinks.GAP, 18, 19, 20);
        assertThat(links.numbers(page(1, 5))).containsExactly(1);
        assertThat(links.hasNext(page(20, 200))).isFalse();
        assertThat(links.hasNext(page(19, 200))).isTrue();
    }

    @Test
    void the_last_page_offered_stops_at_the_search_window() {
        var links = new PageLinks("/blog", null);
        assertThat(links.last(page(1, 1_000_000))).isEqualTo(500);
        assertThat(links.last(new Page<>(List.of(), 1_000_000, 1, 100))).isEqualTo(100);
        assertThat(links.last(page(1, 0))).isEqualTo(1);
    }
}
