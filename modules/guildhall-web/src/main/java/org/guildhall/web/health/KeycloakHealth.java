package org.guildhall.web.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Keycloak publishes the realm's OpenID configuration, so people can sign in. Reported without
 * deciding readiness: signed-in sessions and bearer tokens keep working while it is down, so the
 * check stays UP and says {@code state: degraded}.
 */
@Readiness
@ApplicationScoped
public class KeycloakHealth implements HealthCheck {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    @ConfigProperty(name = "guildhall.oidc.provider-url", defaultValue = "http://localhost:8180/realms/guildhall")
    String providerUrl;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("keycloak").withData("realm", providerUrl);
        try {
            var request = HttpRequest.newBuilder(URI.create(providerUrl + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return response.up().withData("state", status == 200 ? "available" : "degraded").withData("status", status).build();
        } catch (IOException e) {
            return response.up().withData("state", "degraded").withData("error", String.valueOf(e.getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.up().withData("state", "degraded").build();
        }
    }
}
