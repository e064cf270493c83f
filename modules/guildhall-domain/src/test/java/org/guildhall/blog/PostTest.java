package org.guildhall.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.guildhall.access.Conflict;
import org.junit.jupiter.api.Test;

class PostTest {

    private final Instant now = Instant.parse("2026-06-01T10:00:00Z");

    private static PostDraft draft(PostDraft.Publishing publishing, Instant at) {
        return new PostDraft(" Title ", "Body", List.of(" Lessons  Learned ", "#Java", "java", ""), null, publishing, at);
    }

    @Test
    void tags_are_normalised() {
        assertThat(draft(PostDraft.Publishing.DRAFT, null).tags()).containsExactly("lessons-learned", "java");
    }

    @Test
    void a_draft_is_not_published_and_publishing_it_is_not_an_edit() {
        var post = Post.write(null, null, draft(PostDraft.Publishing.DRAFT, null), now);
        assertThat(post.isDraft()).isTrue();
        assertThat(post.isPublishedBy(now)).isFalse();
        post.apply(draft(PostDraft.Publishing.NOW, null), now.plusSeconds(60));
        assertThat(post.isPublishedBy(now.plusSeconds(60))).isTrue();
        assertThat(post.editedAt()).isNull();
        post.apply(draft(PostDraft.Publishing.NOW, null), now.plusSeconds(120));
        assertThat(post.editedAt()).isEqualTo(now.plusSeconds(120));
        assertThat(post.publishAt()).isEqualTo(now.plusSeconds(60));
    }

    @Test
    void a_scheduled_post_appears_when_due() {
        var at = now.plus(Duration.ofHours(2));
        var post = Post.write(null, null, draft(PostDraft.Publishing.SCHEDULE, at), now);
        assertThat(post.isScheduled(now)).isTrue();
        assertThat(post.isPublishedBy(now)).isFalse();
        assertThat(post.isPublishedBy(at)).isTrue();
    }

    @Test
    void a_deleted_post_can_be_restored_for_thirty_days() {
        var post = Post.write(null, null, draft(PostDraft.Publishing.NOW, null), now);
        post.delete(now);
        assertThat(post.isPublishedBy(now)).isFalse();
        assertThatThrownBy(() -> post.delete(now)).isInstanceOf(Conflict.class);
        post.restore(now.plus(Duration.ofDays(29)));
        assertThat(post.isPublishedBy(now.plus(Duration.ofDays(29)))).isTrue();
        post.delete(now);
        assertThatThrownBy(() -> post.restore(now.plus(Duration.ofDays(31)))).isInstanceOf(Conflict.class)
                .hasMessageContaining("30 days");
    }

    @Test
    void replies_go_one_level_deep() {
        var post = Post.write(null, null, draft(PostDraft.Publishing.NOW, null), now);
        var comment = Comment.on(post, null, null, "top", now);
        var reply = Comment.on(post, null, comment, "reply", now);
        assertThatThrownBy(() -> Comment.on(post, null, reply, "deeper", now)).isInstanceOf(Conflict.class);
    }
}
