package org.guildhall.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.access.Viewer;
import org.guildhall.network.Charter;
import org.guildhall.network.Memberships;
import org.guildhall.network.NetworkLifecycle;
import org.guildhall.network.NetworkRepository;
import org.guildhall.network.Role;
import org.jboss.logging.Logger;

/**
 * Demo networks for {@code ./guildhall run}: eight networks across departments with every
 * policy, created through the real services (proposed, approved by the demo admin, joined,
 * requested, invited), so the directory, logs and search look lived-in. Runs once.
 */
@ApplicationScoped
public class DemoNetworks {

    private static final Logger LOG = Logger.getLogger(DemoNetworks.class);
    private static final Viewer ADMIN = viewer("olivia", Viewer.ADMIN);

    @Inject
    NetworkLifecycle lifecycle;

    @Inject
    Memberships memberships;

    @Inject
    NetworkRepository repository;

    @Inject
    @ConfigProperty(name = "guildhall.demo-mode", defaultValue = "false")
    boolean enabled;

    /** After {@link DemoPeople}: the people must exist first. */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled || repository.count() > 0) {
            return;
        }
        seed();
        LOG.info("Demo data: 8 demo networks created");
    }

    private void seed() {
        var ml = create("priya", "Machine Learning Guild", "Practitioners of applied machine learning, from notebooks to production.",
                "Share models, reviews and lessons learned so that every team ships ML responsibly.",
                List.of("machine learning", "python", "mlops"), List.of("Research", "Engineering"), "listed", "public", "open");
        join(ml, "alice", "omar", "sam");
        role(ml, "alice", Role.MODERATOR);

        var cloud = create("alice", "Cloud Platform Community", "Everything about running services on our cloud platform.",
                "Pool knowledge about Kubernetes, observability and cost so teams stop solving the same problems alone.",
                List.of("kubernetes", "observability", "finops"), List.of("Engineering", "IT Operations"), "listed", "public", "open");
        join(cloud, "olivia", "bob");

        var finance = create("bob", "Finance Business Partners", "Finance people embedded in business units.",
                "Align forecasting practice across units and mentor new business partners.",
                List.of("forecasting", "budgeting"), List.of("Finance"), "listed", "members-only", "request");
        request(finance, "carmen", "I run the marketing budget and would love to learn your forecasting templates.");
        request(finance, "omar", null);
        decide(finance, "bob", "omar");

        var brand = create("carmen", "Brand Storytellers", "Writers, designers and marketers who shape how we sound.",
                "Keep our voice consistent and help any team tell its story well.",
                List.of("copywriting", "design", "brand"), List.of("Marketing"), "listed", "public", "open");
        join(brand, "sam", "hana");

        var legal = create("leo", "Privacy & Data Protection", "GDPR, data retention and privacy by design.",
                "Answer privacy questions early so projects do not stall at the end.",
                List.of("gdpr", "privacy", "data retention"), List.of("Legal"), "listed", "public", "request");
        request(legal, "priya", "Our models use customer data; I want to get it right from the start.");
        decide(legal, "leo", "priya");

        var talent = create("hana", "Internal Mobility Council", "HR partners shaping careers across the company.",
                "Find hidden talent and open internal moves before we hire externally.",
                List.of("talent", "mentoring", "career development"), List.of("Human Resources"), "hidden", "members-only", "invitation");
        invite(talent, "hana", "leo");
        accept(talent, "leo");

        var supply = create("omar", "Supply Chain Resilience", "Logistics, sourcing and risk across our suppliers.",
                "Share early warnings and playbooks for disruptions.",
                List.of("logistics", "risk", "sourcing"), List.of("Operations", "Finance"), "listed", "public", "invitation");
        invite(supply, "omar", "bob");
        accept(supply, "bob");

        var sales = create("sam", "Enterprise Sales Engineering", "Sales and engineers who win complex deals together.",
                "Turn technical questions from customers into reusable answers.",
                List.of("presales", "solution architecture"), List.of("Sales", "Engineering"), "listed", "public", "open");
        join(sales, "alice", "priya", "carmen");
    }

    private String create(String owner, String name, String description, String purpose, List<String> topics,
                          List<String> departments, String visibility, String content, String joinPolicy) {
        var network = lifecycle.propose(viewer(owner), new Charter(name, description, purpose, topics,
                "Anyone who works on " + topics.get(0) + " or wants to.", departments, visibility, content, joinPolicy, null), true);
        lifecycle.approve(ADMIN, network.slug());
        return network.slug();
    }

    private void join(String slug, String... people) {
        for (var person : people) {
            memberships.join(viewer(person), slug);
        }
    }

    private void role(String slug, String person, Role role) {
        memberships.changeRole(ADMIN, slug, person, role, null);
    }

    private void request(String slug, String person, String message) {
        memberships.request(viewer(person), slug, message);
    }

    private void decide(String slug, String owner, String person) {
        memberships.decide(viewer(owner), slug, person, true, "Welcome aboard!");
    }

    private void invite(String slug, String owner, String person) {
        memberships.invite(viewer(owner), slug, person, "We would value your experience here.");
    }

    private void accept(String slug, String person) {
        memberships.answerInvitation(viewer(person), slug, true);
    }

    private static Viewer viewer(String username, String... roles) {
        var all = new HashSet<>(Set.of(roles));
        all.add(Viewer.EMPLOYEE);
        return new Viewer(username, all);
    }
}
