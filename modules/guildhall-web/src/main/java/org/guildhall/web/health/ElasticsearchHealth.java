package org.guildhall.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.guildhall.outbox.Outbox;
import org.guildhall.search.SearchClient;

/** Elasticsearch's cluster is green or yellow; reports how many changes wait in the outbox. */
@Readiness
@ApplicationScoped
public class ElasticsearchHealth implements HealthCheck {

    @Inject
    SearchClient search;

    @Inject
    Outbox outbox;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("elasticsearch")
                .status(search.available())
                .withData("outboxPending", outbox.pending())
                .build();
    }
}
