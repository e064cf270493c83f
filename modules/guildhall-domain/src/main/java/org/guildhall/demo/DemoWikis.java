package org.guildhall.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.guildhall.access.Viewer;
import org.guildhall.wiki.PageDraft;
import org.guildhall.wiki.WikiEditor;
import org.guildhall.wiki.WikiRepository;

/**
 * Demo wikis for {@code ./guildhall run}: every demo network gets a small living wiki (a home
 * page, sub-pages linked with [[…]], a few revisions by several members) and one page past its
 * review date. Written through the real services after {@link DemoBlogs}. Runs once.
 */
@ApplicationScoped
public class DemoWikis {

    private static final Logger LOG = Logger.getLogger(DemoWikis.class);

    @Inject
    WikiEditor editor;

    @Inject
    WikiRepository wikis;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "guildhall.demo-mode", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 750) @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled || wikis.count() > 0) {
            return;
        }
        wiki("machine-learning-guild", "priya", "alice",
                "Welcome to the guild's knowledge base. Start with [[Model Review Checklist]] before you ship, and read [[Feature Store]].",
                "Model Review Checklist", """
                        ## Before training
                        - Who acts on the score, and how?
                        - Which baseline must the model beat?

                        ## Before launch
                        - A model card is written.
                        - Drift monitoring is on (see [[Feature Store]]).

                        ## After launch
                        - Review calibration monthly.
                        """, "omar", "- Features are versioned like code.", "Feature Store",
                "How we version and serve features: gradient boosting and embeddings share one store.");
        wiki("cloud-platform-community", "alice", "olivia",
                "Runbooks and decisions of the platform team. See [[Cluster Upgrades]] and [[Cost Guardrails]].",
                "Cluster Upgrades", """
                        ## Schedule
                        Upgrades run on the second Tuesday of each month.

                        ## Steps
                        1. Drain one node pool at a time.
                        2. Watch the error budget dashboard.
                        3. Roll back if p95 latency doubles.
                        """, "bob", "4. Tell the finance partners when spot capacity changes.", "Cost Guardrails",
                "Requests are right-sized every quarter; batch jobs run on spot nodes.");
        wiki("finance-business-partners", "bob", "omar",
                "Templates and practice notes for business partners. Start with [[Rolling Forecast Template]].",
                "Rolling Forecast Template", """
                        ## How to use it
                        Copy the template each month; actuals flow in automatically.

                        ## Drivers
                        Headcount, pipeline and churn drive the forecast.
                        """, "omar", "Logistics costs are a driver for Operations too.", "Month-end Close",
                "The close calendar and who signs off each step.");
        wiki("brand-storytellers", "carmen", "sam",
                "Our voice and how to use it. Read [[Voice and Tone]] first.",
                "Voice and Tone", """
                        ## Voice
                        Clear, warm, confident.

                        ## Tone
                        Adapt to the moment: celebratory for launches, calm for incidents.
                        """, "hana", "Inclusive language: say “everyone”, not “guys”.", "Product Tour Copy",
                "Short sentences, active verbs, one idea per screen.");
        wiki("privacy-data-protection", "leo", "priya",
                "Privacy answers before projects stall. See [[Retention Schedule]] and [[Privacy by Design]].",
                "Retention Schedule", """
                        ## Customer data
                        Kept for the contract's length plus six years.

                        ## Applicants
                        Deleted six months after the decision.
                        """, "priya", "Model training sets follow the source data's retention.", "Privacy by Design",
                "Why, how long, who sees it: answer all three before you collect a field.");
        wiki("internal-mobility-council", "hana", "leo",
                "How the council works. See [[Internal Moves Playbook]].",
                "Internal Moves Playbook", """
                        ## Before posting externally
                        Search the talent finder for people whose evidence fits.

                        ## Conversations
                        The person's manager hears it from the person first.
                        """, "leo", "Legal reviews moves across countries.", "Mentoring Circles",
                "Circles of five, meeting monthly.");
        wiki("supply-chain-resilience", "omar", "bob",
                "Playbooks for disruptions. Start with [[Supplier Risk Playbook]].",
                "Supplier Risk Playbook", """
                        ## Early warnings
                        Lead times up 20% for two weeks in a row.

                        ## Responses
                        Qualify a second source; raise safety stock.
                        """, "bob", "Finance approves safety stock above budget.", "Sourcing Contacts",
                "Who to call at each tier-one supplier.");
        wiki("enterprise-sales-engineering", "sam", "alice",
                "Reusable answers for customers. See [[Security Questionnaire Answers]].",
                "Security Questionnaire Answers", """
                        ## Hosting
                        Our platform runs in two EU regions.

                        ## Encryption
                        TLS 1.2+ in transit; AES-256 at rest.
                        """, "priya", "Model data stays in the customer's region.", "Demo Environments",
                "How to book a demo environment.");
        LOG.info("Demo data: 8 demo wikis created");
    }

    /**
     * A home page linking to two sub-pages; the first written in three revisions by three people,
     * the second left past its review date.
     */
    private void wiki(String network, String owner, String editor2, String home, String guide, String guideBody,
                      String editor3, String addition, String staleTitle, String staleBody) {
        var homePage = editor.create(viewer(owner), network, draft("Home", home, null, null));
        var page = editor.create(viewer(owner), network, draft(guide, guideBody, homePage.slug(), null));
        var second = guideBody.strip() + "\n\n## Notes\nAsk in the network if anything here is unclear.\n";
        editor.save(viewer(editor2), network, page.slug(), draft(guide, second, homePage.slug(), 1));
        editor.save(viewer(editor3), network, page.slug(), draft(guide, second.strip() + "\n" + addition + "\n", homePage.slug(), 2));
        var stale = editor.create(viewer(owner), network, draft(staleTitle, staleBody, homePage.slug(), null));
        editor.lookAfter(viewer(owner), network, stale.slug(), null, true, LocalDate.now(clock).minusMonths(2));
    }

    private static PageDraft draft(String title, String body, String parent, Integer base) {
        return new PageDraft(title, body, List.of(), base == null ? null : "Added notes", false, parent, base);
    }

    private static Viewer viewer(String username) {
        return new Viewer(username, new HashSet<>(Set.of(Viewer.EMPLOYEE)));
    }
}
