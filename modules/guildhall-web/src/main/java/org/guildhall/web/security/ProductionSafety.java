package org.guildhall.web.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refuses to start with the development client secret (or none) outside demo mode: anyone who
 * has read the README could otherwise mint sessions against a production deployment.
 */
@ApplicationScoped
public class ProductionSafety {

    /** The secret the development realm import and the server's defaults share. */
    static final String DEVELOPMENT_SECRET = "guildhall-dev-secret";
    private static final Logger LOG = Logger.getLogger(ProductionSafety.class);

    @Inject
    @ConfigProperty(name = "guildhall.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "guildhall.demo-mode", defaultValue = "false")
    boolean demoMode;

    void check(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        var secret = clientSecret.map(String::strip).filter(s -> !s.isEmpty());
        if (demoMode) {
            if (secret.isEmpty() || secret.get().equals(DEVELOPMENT_SECRET)) {
                LOG.warn("Demo mode: signing in with the development client secret. Never expose this server.");
            }
            return;
        }
        if (secret.isEmpty() || secret.get().equals(DEVELOPMENT_SECRET)) {
            throw new IllegalStateException("Refusing to start: set GUILDHALL_OIDC_CLIENT_SECRET to the Keycloak client's"
                    + " secret (the development secret is only allowed with GUILDHALL_DEMO_MODE=true)");
        }
    }
}
