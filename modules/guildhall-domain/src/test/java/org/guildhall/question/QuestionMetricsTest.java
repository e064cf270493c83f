package org.guildhall.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class QuestionMetricsTest {

    @Test
    void percentiles_are_nearest_rank_and_absent_without_data() {
        var hours = IntStream.rangeClosed(1, 10).mapToObj(Duration::ofHours).toList();
        assertThat(QuestionMetrics.percentile(hours, 50)).isEqualTo(Duration.ofHours(5));
        assertThat(QuestionMetrics.percentile(hours, 90)).isEqualTo(Duration.ofHours(9));
        assertThat(QuestionMetrics.percentile(List.of(Duration.ofMinutes(7)), 90)).isEqualTo(Duration.ofMinutes(7));
        assertThat(QuestionMetrics.percentile(List.of(), 50)).isNull();
    }

    @Test
    void shares_are_rounded_percentages_and_zero_without_questions() {
        var metrics = new QuestionMetrics.Metrics("x", 90, 3, 2, 2, null, null, null, null, 2, 1, List.of());
        assertThat(metrics.answeredPercent()).isEqualTo(67);
        assertThat(metrics.acrossDepartmentsPercent()).isEqualTo(50);
        assertThat(new QuestionMetrics.Metrics("x", 90, 0, 0, 0, null, null, null, null, 0, 0, List.of()).answeredPercent()).isZero();
    }

    @Test
    void a_draft_is_normalised_as_typed() {
        var draft = new QuestionDraft("  How   do we  ship? ", "Body\r\nline ", List.of("#Kafka", "kafka", " Event Sourcing"),
                List.of(" Kubernetes", "", "Kubernetes "), " ");
        assertThat(draft.title()).isEqualTo("How do we ship?");
        assertThat(draft.body()).isEqualTo("Body\nline");
        assertThat(draft.tags()).containsExactly("kafka", "event-sourcing");
        assertThat(draft.skills()).containsExactly("Kubernetes");
        assertThat(draft.network()).isNull();
    }
}
