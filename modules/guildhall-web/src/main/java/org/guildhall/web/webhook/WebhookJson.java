package org.guildhall.web.webhook;

import java.time.Instant;
import java.util.List;

import org.guildhall.webhook.Webhook;
import org.guildhall.webhook.WebhookAttempt;
import org.guildhall.webhook.WebhookDelivery;
import org.guildhall.webhook.WebhookEvent;

/** Webhooks, deliveries and attempts as the API shows them (the secret only when registered). */
final class WebhookJson {

    private WebhookJson() {
    }

    record Hook(long id, String url, List<String> events, String description, boolean active, Instant createdAt, long version,
                String secret) {
        static Hook of(Webhook w, boolean withSecret) {
            return new Hook(w.id(), w.url(), w.events().stream().map(WebhookEvent::code).toList(), w.description(), w.isActive(),
                    w.createdAt(), w.version(), withSecret ? w.secret() : null);
        }
    }

    record Delivery(long id, String event, String state, int attempts, Instant createdAt, Instant nextAttemptAt,
                    Instant deliveredAt, Instant failedAt, Long replayOf) {
        static Delivery of(WebhookDelivery d) {
            return new Delivery(d.id(), d.event().code(), d.state(), d.attempts(), d.createdAt(), d.nextAttemptAt(), d.deliveredAt(),
                    d.failedAt(), d.replayOf());
        }
    }

    record Attempt(Instant at, Integer status, String response, String error, long millis) {
        static Attempt of(WebhookAttempt a) {
            return new Attempt(a.attemptedAt(), a.status(), a.response(), a.error(), a.millis());
        }
    }

    record DeliveryLog(Delivery delivery, String payload, List<Attempt> attempts) {
    }
}
