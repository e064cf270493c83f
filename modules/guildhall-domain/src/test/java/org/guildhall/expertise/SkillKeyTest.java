package org.guildhall.expertise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillKeyTest {

    @Test
    void a_name_a_topic_a_tag_and_an_alias_meet_in_one_key() {
        assertThat(SkillKey.of("Machine Learning")).isEqualTo("machine-learning");
        assertThat(SkillKey.of("machine learning")).isEqualTo("machine-learning");
        assertThat(SkillKey.of("#machine-learning")).isEqualTo("machine-learning");
        assertThat(SkillKey.of("  Machine_Learning ")).isEqualTo("machine-learning");
        assertThat(SkillKey.of("ＭＬ")).isEqualTo("ml"); // full-width letters, as some keyboards type them
    }

    @Test
    void punctuation_that_means_something_stays() {
        assertThat(SkillKey.of("C++")).isEqualTo("c++");
        assertThat(SkillKey.of("S&OP")).isEqualTo("s&op");
        assertThat(SkillKey.of("Next.js")).isEqualTo("next.js");
        assertThat(SkillKey.of(null)).isEmpty();
    }
}
