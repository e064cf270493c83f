package org.guildhall.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PersonGraphTest {

    private static PersonGraph.Builder people(long... ids) {
        var b = new PersonGraph.Builder();
        for (long id : ids) {
            b.person(id, false);
        }
        return b;
    }

    @Test
    void aDirectTieIsAChainOfOneLink() {
        var g = people(1, 2).tie(1, 2, null, 2).build();
        var chains = g.chains(1, 2, g.readable(Set.of(), true), 4, 3);
        assertThat(chains).extracting(PersonGraph.Chain::people).containsExactly(List.of(1L, 2L));
    }

    @Test
    void theShortestChainWinsAndTiesBreakByTheWeakestLink() {
        // 1-2-5 (weak), 1-3-5 (strong), 1-4-6-5 (longer)
        var g = people(1, 2, 3, 4, 5, 6)
                .tie(1, 2, null, 0.5).tie(2, 5, null, 5)
                .tie(1, 3, null, 3).tie(3, 5, null, 2)
                .tie(1, 4, null, 9).tie(4, 6, null, 9).tie(6, 5, null, 9)
                .build();
        var chains = g.chains(1, 5, g.readable(Set.of(), true), 4, 3);
        assertThat(chains).extracting(PersonGraph.Chain::people).containsExactly(List.of(1L, 3L, 5L), List.of(1L, 2L, 5L));
        assertThat(chains.get(0).weakest()).isEqualTo(2.0);
    }

    @Test
    void sharingANetworkLinksItsMembers() {
        var g = people(1, 2, 3).member(10, 1).member(10, 2).tie(2, 3, null, 1).build();
        var chains = g.chains(1, 3, g.readable(Set.of(10L), true), 4, 3);
        assertThat(chains).extracting(PersonGraph.Chain::people).containsExactly(List.of(1L, 2L, 3L));
    }

    @Test
    void aNetworkTheViewerCannotReadLinksNobody() {
        var g = people(1, 2, 3).member(10, 1).member(10, 2).tie(2, 3, 11L, 1).tie(1, 3, 11L, 1).build();
        assertThat(g.chains(1, 3, g.readable(Set.of(), true), 4, 3)).isEmpty();
        assertThat(g.chains(1, 3, g.readable(Set.of(10L), true), 4, 3)).isEmpty();
        assertThat(g.chains(1, 3, g.readable(Set.of(11L), true), 4, 3)).extracting(PersonGraph.Chain::people)
                .containsExactly(List.of(1L, 3L));
        assertThat(g.chains(1, 2, g.readable(Set.of(), false), 4, 3)).isEmpty();
    }

    @Test
    void peopleWhoLeftAreNeverIntermediaries() {
        var b = new PersonGraph.Builder().person(1, false).person(2, true).person(3, false).person(4, false);
        var g = b.tie(1, 2, null, 9).tie(2, 3, null, 9).tie(1, 4, null, 1).tie(4, 3, null, 1).build();
        assertThat(g.chains(1, 3, g.readable(Set.of(), true), 4, 3)).extracting(PersonGraph.Chain::people)
                .containsExactly(List.of(1L, 4L, 3L));
    }

    @Test
    void chainsLongerThanTheLimitAreNotLookedFor() {
        var g = people(1, 2, 3, 4).tie(1, 2, null, 1).tie(2, 3, null, 1).tie(3, 4, null, 1).build();
        assertThat(g.chains(1, 4, g.readable(Set.of(), true), 2, 3)).isEmpty();
        assertThat(g.chains(1, 4, g.readable(Set.of(), true), 3, 3)).hasSize(1);
    }

    @Test
    void smallNetworksWeighMoreThanLargeOnes() {
        assertThat(PersonGraph.coMembership(10)).isEqualTo(1.0);
        assertThat(PersonGraph.coMembership(200)).isEqualTo(0.1);
    }
}
