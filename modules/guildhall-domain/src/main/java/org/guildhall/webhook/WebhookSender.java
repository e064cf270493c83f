package org.guildhall.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * Posts due deliveries, a few at a time, on whichever nodes run: each claims its batch with
 * row locks that skip rows another node holds, for a lease, then records the attempt and what
 * follows from it (delivered, retry later, failed). The request is signed: header
 * {@value #SIGNATURE} is {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body" with the secret>}.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String SIGNATURE = "X-Guildhall-Signature";
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Connecting, asking and reading the answer: never longer than this per delivery. */
    private static final Duration WHOLE = Duration.ofSeconds(20);
    private static final int BATCH = 5;
    /** Longer than a whole batch can take, so no other node takes a delivery this one is still sending. */
    private static final Duration LEASE = WHOLE.multipliedBy(BATCH * 2L);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookSender self;

    @Inject
    Webhooks webhooks;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    private ScheduledFuture<?> poll;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        poll = scheduler.scheduleWithFixedDelay(this::sendDue, 5, 2, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    private void sendDue() {
        try {
            List<WebhookDelivery> batch;
            do {
                batch = self.claim();
                batch.forEach(this::send);
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Could not send webhook deliveries; will retry", e);
        }
    }

    /** Claims up to a batch of due deliveries, with their webhooks, for this node's lease. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<WebhookDelivery> claim() {
        var now = clock.instant();
        List<Number> ids = em.createNativeQuery("select d.id from webhook_delivery d where d.next_attempt_at <= ?"
                        + " and (d.claimed_until is null or d.claimed_until < ?)"
                        + " and exists (select 1 from webhook w where w.id = d.webhook_id and w.active = true)"
                        + " order by d.next_attempt_at, d.id limit " + BATCH + " for update skip locked")
                .setParameter(1, now).setParameter(2, now).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var claimed = em.createQuery("select d from WebhookDelivery d join fetch d.webhook where d.id in :ids order by d.id",
                WebhookDelivery.class).setParameter("ids", ids.stream().map(Number::longValue).toList()).getResultList();
        var sending = new java.util.ArrayList<WebhookDelivery>();
        for (var delivery : claimed) {
            var verdict = webhooks.verdict(delivery, now);
            if (verdict.send()) {
                delivery.claim(now.plus(LEASE));
                sending.add(delivery);
            } else if (verdict.later() != null) {
                delivery.notBefore(verdict.later());
            } else {
                delivery.dropped(now);
                em.persist(new WebhookAttempt(delivery.id(), now, null, null, "Not sent: what it is about is gone or no longer public", 0));
            }
        }
        return sending;
    }

    private void send(WebhookDelivery delivery) {
        var webhook = delivery.webhook();
        long started = System.nanoTime();
        Integer status = null;
        String body = null;
        String error = null;
        try {
            var timestamp = clock.instant().getEpochSecond();
            var request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Guildhall-Webhooks/1")
                    .header("X-Guildhall-Event", delivery.event().code())
                    .header("X-Guildhall-Delivery", String.valueOf(delivery.id()))
                    .header(SIGNATURE, "t=" + timestamp + ",v1=" + sign(webhook.secret(), timestamp + "." + delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build();
            var response = http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .get(WHOLE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            status = response.statusCode();
            body = response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        self.record(delivery.id(), status, body, error, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    @Transactional
    public void record(long deliveryId, Integer status, String body, String error, long millis) {
        var now = clock.instant();
        var delivery = em.find(WebhookDelivery.class, deliveryId);
        em.persist(new WebhookAttempt(deliveryId, now, status, body, error, millis));
        if (status != null && status / 100 == 2) {
            delivery.delivered(now);
        } else {
            delivery.failed(now);
        }
    }

    /** The signature an endpoint checks: hex HMAC-SHA256 of {@code signed} with the webhook's secret. */
    public static String sign(String secret, String signed) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
