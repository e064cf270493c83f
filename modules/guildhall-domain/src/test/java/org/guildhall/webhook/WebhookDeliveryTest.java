package org.guildhall.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    @Test
    void a_failed_delivery_is_tried_again_with_growing_pauses_then_given_up() {
        var now = Instant.parse("2026-11-22T10:00:00Z");
        var delivery = new WebhookDelivery(null, WebhookEvent.POST_PUBLISHED, "{}", now, null);
        assertThat(delivery.state()).isEqualTo("pending");
        delivery.failed(now);
        assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusSeconds(2));
        assertThat(delivery.state()).isEqualTo("retrying");
        delivery.failed(now);
        assertThat(delivery.nextAttemptAt()).isEqualTo(now.plusSeconds(4));
        for (int i = 2; i < WebhookDelivery.ATTEMPTS; i++) {
            delivery.failed(now);
        }
        assertThat(delivery.state()).isEqualTo("failed");
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(WebhookDelivery.backoff(30)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_webhook_wants_only_its_events_and_only_while_active() {
        var webhook = new Webhook("https://example.org/hook", Set.of(WebhookEvent.POST_PUBLISHED), "s", null, null, Instant.now());
        assertThat(webhook.wants(WebhookEvent.POST_PUBLISHED)).isTrue();
        assertThat(webhook.wants(WebhookEvent.MEMBER_JOINED)).isFalse();
        webhook.change(webhook.url(), null, false);
        assertThat(webhook.wants(WebhookEvent.POST_PUBLISHED)).isFalse();
    }

    @Test
    void the_signature_is_the_hmac_of_timestamp_and_body() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        assertThat(WebhookSender.sign("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
