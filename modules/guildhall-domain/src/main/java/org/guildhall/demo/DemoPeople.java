package org.guildhall.demo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.people.Identity;
import org.guildhall.people.Profiles;
import org.jboss.logging.Logger;

/**
 * Demo data for {@code ./guildhall run} (GUILDHALL_DEMO_DATA=true): the profiles of the demo
 * accounts in docker/keycloak/guildhall-realm.json, so the directory is alive before anyone signs
 * in. Idempotent: existing profiles are left alone.
 */
@ApplicationScoped
public class DemoPeople {

    private static final Logger LOG = Logger.getLogger(DemoPeople.class);

    static final List<Identity> PEOPLE = List.of(
            new Identity("alice", "Alice Moreau", "alice@guildhall.example", "Engineering", "Staff Software Engineer"),
            new Identity("bob", "Bob Okafor", "bob@guildhall.example", "Finance", "Financial Analyst"),
            new Identity("carmen", "Carmen Ruiz", "carmen@guildhall.example", "Marketing", "Brand Manager"),
            new Identity("hana", "Hana Kobayashi", "hana@guildhall.example", "Human Resources", "Talent Partner"),
            new Identity("leo", "Leo Schmidt", "leo@guildhall.example", "Legal", "Corporate Counsel"),
            new Identity("omar", "Omar Haddad", "omar@guildhall.example", "Operations", "Supply Chain Lead"),
            new Identity("priya", "Priya Raman", "priya@guildhall.example", "Research", "Data Scientist"),
            new Identity("sam", "Sam Whitfield", "sam@guildhall.example", "Sales", "Account Executive"),
            new Identity("olivia", "Olivia Bergström", "olivia@guildhall.example", "IT Operations", "Platform Administrator"));

    @Inject
    Profiles profiles;

    @Inject
    @ConfigProperty(name = "guildhall.demo-mode", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (enabled) {
            PEOPLE.forEach(profiles::register);
            LOG.infof("Demo data: %d demo profiles present", PEOPLE.size());
        }
    }
}
