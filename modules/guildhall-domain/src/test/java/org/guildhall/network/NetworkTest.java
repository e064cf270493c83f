package org.guildhall.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.guildhall.access.Conflict;
import org.junit.jupiter.api.Test;

class NetworkTest {

    private final Instant now = Instant.parse("2026-05-01T09:00:00Z");

    private static Charter charter(String name) {
        return new Charter(name, "d", "p", List.of(" Machine   Learning ", "machine learning", "", "MLOps"), null,
                List.of(" Research ", "Research"), "listed", "public", "open", null);
    }

    @Test
    void names_fold_case_accents_and_spacing_for_uniqueness() {
        assertThat(Network.key("  Café   Society ")).isEqualTo(Network.key("cafe society"));
    }

    @Test
    void slugs_are_url_safe_and_bounded() {
        assertThat(Network.slugOf("R&D Leaders (EMEA)")).isEqualTo("r-d-leaders-emea");
        assertThat(Network.slugOf("Ünïcode Ønly")).isEqualTo("unicode-nly");
        assertThat(Network.slugOf("!!!")).isEqualTo("network");
        assertThat(Network.slugOf("word ".repeat(40))).hasSizeLessThanOrEqualTo(70).doesNotEndWith("-");
    }

    @Test
    void topics_are_normalised_tags_and_departments_deduplicated() {
        var charter = charter("ML");
        assertThat(charter.topics()).containsExactly("machine learning", "mlops");
        assertThat(charter.departments()).containsExactly("Research");
    }

    @Test
    void a_proposal_waits_for_approval_when_required() {
        var network = Network.propose(charter("ML"), null, true, "ml", now);
        assertThat(network.status()).isEqualTo(NetworkStatus.PROPOSED);
        assertThat(network.isLive()).isFalse();
        network.approve(now);
        assertThat(network.status()).isEqualTo(NetworkStatus.ACTIVE);
        assertThatThrownBy(() -> network.approve(now)).isInstanceOf(Conflict.class)
                .hasMessageContaining("Only a proposed network can be approved");
    }

    @Test
    void without_required_approval_a_network_is_active_at_once() {
        assertThat(Network.propose(charter("ML"), null, false, "ml", now).status()).isEqualTo(NetworkStatus.ACTIVE);
    }

    @Test
    void an_archived_network_keeps_its_members_as_they_are() {
        var network = Network.propose(charter("ML"), null, false, "ml", now);
        network.archive("merged into Data", now);
        assertThat(network.statusReason()).isEqualTo("merged into Data");
        assertThatThrownBy(network::requireOpenForMembership).isInstanceOf(Conflict.class);
    }

    @Test
    void only_active_owners_and_moderators_moderate() {
        var network = Network.propose(charter("ML"), null, false, "ml", now);
        var owner = Membership.owner(network, null, now);
        var member = Membership.member(network, null, now);
        var invited = Membership.invitation(network, null, null, null, now);
        assertThat(owner.isOwner()).isTrue();
        assertThat(owner.isModerator()).isTrue();
        assertThat(member.isModerator()).isFalse();
        invited.changeRole(Role.MODERATOR);
        assertThat(invited.isModerator()).isFalse();
    }
}
