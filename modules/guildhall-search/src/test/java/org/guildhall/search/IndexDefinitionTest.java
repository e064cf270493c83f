package org.guildhall.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class IndexDefinitionTest {

    private final IndexDefinition posts = new IndexDefinition("posts", 2, "/search/posts-v2.json");

    @Test
    void names_follow_the_installation_prefix_and_the_mapping_version() {
        assertThat(posts.alias("guildhall")).isEqualTo("guildhall-posts");
        assertThat(posts.buildingAlias("acme")).isEqualTo("acme-posts-building");
        var name = posts.newIndexName("guildhall", Instant.parse("2026-11-22T10:15:00.123Z"));
        assertThat(name).isEqualTo("guildhall-posts-v2-20261122t101500123");
        assertThat(posts.versionOf("guildhall", name)).isEqualTo(2);
        assertThat(posts.versionOf("guildhall", "guildhall-posts-v1")).isEqualTo(1);
        // A prefix that looks like a version does not confuse it.
        assertThat(posts.versionOf("gh-v1", "gh-v1-posts-v2-20261122t101500123")).isEqualTo(2);
        assertThat(posts.versionOf("guildhall", "guildhall-posts-building")).isZero();
        assertThat(posts.owns("guildhall", name)).isTrue();
        assertThat(posts.owns("guildhall", "guildhall-people-v2-20261122t101500123")).isFalse();
        assertThat(posts.owns("guildhall", "acme-posts-v2-20261122t101500123")).isFalse();
    }

    @Test
    void every_mapping_resource_exists() {
        assertThat(getClass().getResource(posts.mapping())).isNotNull();
        assertThat(getClass().getResource("/search/networks-v2.json")).isNotNull();
        assertThat(getClass().getResource("/search/people-v1.json")).isNotNull();
    }
}
