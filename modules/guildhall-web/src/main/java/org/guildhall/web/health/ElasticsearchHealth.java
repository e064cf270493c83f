package org.guildhall.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.guildhall.outbox.Outbox;
import org.guildhall.search.SearchClient;

/**
 * Elasticsearch, reported without deciding readiness: pages and writes work while it is down
 * (changes wait in the outbox), so a load balancer must not take the node out. The check stays
 * UP and says {@code state: degraded} when search is unavailable; monitoring alerts on that, on
 * the outbox backlog, and on failed updates set aside.
 */
@Readiness
@ApplicationScoped
public class ElasticsearchHealth implements HealthCheck {

    @Inject
    SearchClient search;

    @Inject
    Outbox outbox;

    @Override
    public HealthCheckResponse call() {
        boolean available = search.available();
        return HealthCheckResponse.named("elasticsearch").up()
                .withData("state", available ? "available" : "degraded")
                .withData("outboxPending", outbox.pending())
                .withData("outboxFailed", outbox.deadCount())
                .withData("outboxLagSeconds", outbox.lag().toSeconds())
                .build();
    }
}
