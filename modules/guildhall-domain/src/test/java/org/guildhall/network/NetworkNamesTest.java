package org.guildhall.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.guildhall.text.Similarity;
import org.junit.jupiter.api.Test;

class NetworkNamesTest {

    private static boolean alike(String a, String b) {
        return !Similarity.closest(NetworkNames.subject(a), java.util.List.of(b), NetworkNames::subject,
                NetworkLifecycle.SIMILAR, 1).isEmpty();
    }

    @Test
    void the_subject_sets_aside_words_for_the_gathering() {
        assertThat(NetworkNames.subject("The Cloud Platform Friends")).isEqualTo("cloud platform");
        assertThat(NetworkNames.subject("Kotlin User Group")).isEqualTo("kotlin");
        assertThat(NetworkNames.subject("Développement & Produit — Community")).isEqualTo("developpement produit");
        assertThat(NetworkNames.subject("The Guild")).isEqualTo("the guild");
    }

    @Test
    void the_same_subject_in_other_words_is_alike_and_another_subject_is_not() {
        assertThat(alike("Cloud Platform Friends", "Cloud Platform Community")).isTrue();
        assertThat(alike("Kotlin Users", "Kotlin User Group")).isTrue();
        assertThat(alike("Machine Learning", "Machine Learning Ops")).isTrue();
        assertThat(alike("Java Guild", "JavaScript Guild")).isFalse();
        assertThat(alike("Cloud Platform Friends", "Cloud Security Circle")).isFalse();
        assertThat(alike("Supply Chain Analytics", "Brand Marketing")).isFalse();
    }
}
