package org.guildhall.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PersonTest {

    private final Instant created = Instant.parse("2026-01-01T00:00:00Z");
    private final Instant later = created.plusSeconds(3600);
    private final Identity alice = new Identity("alice", "Alice Moreau", "alice@example.com", "Engineering", "Engineer");

    @Test
    void sign_in_with_unchanged_claims_changes_nothing() {
        var person = Person.from(alice, created);
        assertThat(person.syncWith(alice, later)).isFalse();
        assertThat(person.updatedAt()).isEqualTo(created);
    }

    @Test
    void the_identity_providers_changes_are_taken_and_what_the_person_wrote_is_kept() {
        var person = Person.from(alice, created);
        person.edit(new ProfileEdit("Kubernetes and SRE", "Lyon", null, null, null, null, false, false, false, false, 0L), created);
        var moved = new Identity("alice", "Alice Moreau", "alice@example.com", "Research", "Principal Engineer");

        assertThat(person.syncWith(moved, later)).isTrue();
        assertThat(person.department()).isEqualTo("Research");
        assertThat(person.title()).isEqualTo("Principal Engineer");
        assertThat(person.about()).isEqualTo("Kubernetes and SRE");
        assertThat(person.updatedAt()).isEqualTo(later);
    }

    @Test
    void blank_answers_are_stored_as_nothing() {
        var person = Person.from(alice, created);
        person.edit(new ProfileEdit("  ", "\n", null, null, null, null, false, false, false, false, 0L), created);
        assertThat(person.about()).isNull();
        assertThat(person.location()).isNull();
    }

    @Test
    void an_identity_without_a_name_falls_back_to_the_username() {
        var identity = new Identity("sam", " ", "", null, "  Sales  ");
        assertThat(identity.displayName()).isEqualTo("sam");
        assertThat(identity.email()).isNull();
        assertThat(identity.title()).isEqualTo("Sales");
    }
}
