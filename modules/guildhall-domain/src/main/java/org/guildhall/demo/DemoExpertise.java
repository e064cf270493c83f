package org.guildhall.demo;

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
import org.guildhall.access.Viewer;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.Discussion;
import org.guildhall.blog.PostDraft;
import org.guildhall.expertise.SkillDefinition;
import org.guildhall.expertise.SkillProfiles;
import org.guildhall.expertise.Taxonomy;
import org.guildhall.people.ProfileEdit;
import org.guildhall.people.Profiles;
import org.jboss.logging.Logger;

/**
 * Demo expertise for {@code ./guildhall run}, after {@link DemoBlogs}: a skills taxonomy, declared
 * skills with endorsements, availability and consent on the demo profiles, and posts that show
 * expertise nobody declared. Bob (Finance) writes about machine learning in its own jargon and
 * never declares it: the hidden talent HR can find. Runs once.
 */
@ApplicationScoped
public class DemoExpertise {

    private static final Logger LOG = Logger.getLogger(DemoExpertise.class);
    private static final Viewer ADMIN = new Viewer("olivia", Set.of(Viewer.EMPLOYEE, Viewer.ADMIN));

    @Inject
    Taxonomy taxonomy;

    @Inject
    SkillProfiles skills;

    @Inject
    Profiles profiles;

    @Inject
    Blogs blogs;

    @Inject
    Discussion discussion;

    @Inject
    @ConfigProperty(name = "guildhall.demo-mode", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled || !taxonomy.managed().isEmpty()) {
            return;
        }
        taxonomy();
        declarations();
        availability();
        evidence();
        LOG.info("Demo data: skills taxonomy, declarations and expertise evidence created");
    }

    private void taxonomy() {
        skill("Software Engineering", "Engineering", null);
        skill("Kubernetes", "Engineering", "Software Engineering", "k8s");
        skill("Cloud Cost Management", "Engineering", null, "FinOps");
        skill("Data Science", "Data", null);
        skill("Machine Learning", "Data", "Data Science", "ML");
        skill("Data Visualisation", "Data", "Data Science", "Data Visualization", "dataviz");
        skill("Financial Forecasting", "Finance", null, "forecasting");
        skill("Supply Chain Planning", "Operations", null, "S&OP");
        skill("Data Protection", "Legal", null, "GDPR", "privacy");
        skill("Copywriting", "Marketing", null, "UX writing");
        skill("Negotiation", "Sales", null);
        skill("Public Speaking", "Communication", null);
    }

    private void skill(String name, String category, String parent, String... aliases) {
        taxonomy.create(ADMIN, new SkillDefinition(name, category, parent, List.of(aliases), null));
    }

    private void declarations() {
        skills.declare(viewer("alice"), "Kubernetes", 4);
        skills.declare(viewer("alice"), "Cloud Cost Management", 3);
        skills.declare(viewer("priya"), "Machine Learning", 4);
        skills.declare(viewer("priya"), "Data Visualisation", 3);
        skills.declare(viewer("omar"), "Supply Chain Planning", 4);
        skills.declare(viewer("leo"), "Data Protection", 4);
        skills.declare(viewer("carmen"), "Copywriting", 4);
        skills.declare(viewer("sam"), "Negotiation", 3);
        skills.declare(viewer("sam"), "Machine Learning", 2);
        skills.declare(viewer("bob"), "Financial Forecasting", 4);
        skills.endorse(viewer("olivia"), "alice", "kubernetes", "Ran our cluster migration without a minute of downtime.");
        skills.endorse(viewer("omar"), "alice", "kubernetes", null);
        skills.endorse(viewer("alice"), "priya", "machine-learning", "The churn model is hers, end to end.");
        skills.endorse(viewer("sam"), "carmen", "copywriting", null);
        skills.endorse(viewer("omar"), "bob", "financial-forecasting", "His rolling forecast saved our quarter.");
    }

    private void availability() {
        open("alice", true, true, false, true);
        open("priya", true, true, true, true);
        open("bob", true, false, true, true);
        open("omar", true, true, false, true);
        open("carmen", false, true, true, false);
    }

    private void open(String username, boolean questions, boolean mentoring, boolean projects, boolean talentDiscovery) {
        var p = profiles.find(username);
        profiles.edit(viewer(username), username, new ProfileEdit(p.about(), p.location(), p.interests(), p.hobbies(),
                p.phone(), p.chat(), questions, mentoring, projects, talentDiscovery, p.version()));
    }

    /** Contributions in the skills' jargon, from people who declared them and from one who never did. */
    private void evidence() {
        post("priya", "machine-learning-guild", "Gradient boosting or a neural net for tabular churn?",
                "For tabular features, gradient boosting with careful cross-validation beat our neural net. "
                        + "Hyperparameter tuning mattered less than feature engineering and a clean holdout set; "
                        + "watch for target leakage in the training data.", List.of("machine-learning"));
        post("priya", "machine-learning-guild", "Calibrating classifier probabilities",
                "Our classifier was overconfident. Isotonic calibration on a holdout set fixed the reliability curve; "
                        + "precision and recall barely moved, but the probabilities now mean something.", List.of());
        post("priya", "machine-learning-guild", "Feature engineering checklist",
                "Before any hyperparameter tuning: check the training data for target leakage, build features with "
                        + "cross-validation folds in mind, keep a holdout set, and compare with a gradient boosting baseline.",
                List.of());
        post("sam", null, "Pricing calls that close",
                "Anchor early, trade concessions, never split the difference on the first ask; negotiation is "
                        + "preparation. Know your walk-away and the buyer's budget cycle.", List.of("negotiation"));
        var bob1 = post("bob", null, "What I learned fitting gradient boosting to our cash-flow data",
                "I trained a gradient boosting regressor on three years of invoices. Feature engineering on payment terms "
                        + "did more than hyperparameter tuning; cross-validation by month avoided target leakage, "
                        + "and a holdout set kept me honest about overfitting.", List.of("cash-flow"));
        post("bob", null, "A classifier for late payments, with calibration",
                "Which invoices will be paid late? A logistic regression baseline, then gradient boosting. "
                        + "Calibration of the classifier mattered: collections needs probabilities, not just precision "
                        + "and recall. Cross-validation by customer kept the holdout set honest.", List.of());
        post("bob", null, "Overfitting in budget models",
                "Feature engineering beat every model change. Regularisation, cross-validation and a holdout set "
                        + "stopped the overfitting; the training data has target leakage if you include accruals.",
                List.of("budgeting"));
        post("alice", "cloud-platform-community", "Helm charts and pod disruption budgets",
                "Every helm chart we ship sets resource requests, a pod disruption budget and an ingress with TLS. "
                        + "The kubelet evicts pods without requests first; the node autoscaler needs them too.", List.of("kubernetes"));
        post("alice", "cloud-platform-community", "Debugging a crashlooping pod",
                "kubectl describe pod, then the events: a failing liveness probe, a namespace quota, or an init container. "
                        + "Check the kubelet logs on the node and the ingress controller.", List.of());
        post("sam", null, "Machine learning is the future of sales!",
                "Machine learning will change everything. Everyone should learn machine learning. AI and machine learning "
                        + "are the future, and sales must embrace machine learning now.", List.of("machine-learning"));
        discussion.thank(viewer("priya"), bob1);
        discussion.thank(viewer("omar"), bob1);
    }

    private long post(String author, String network, String title, String body, List<String> tags) {
        return blogs.write(viewer(author), new PostDraft(title, body, tags, network, PostDraft.Publishing.NOW, null)).id();
    }

    private static Viewer viewer(String username) {
        return new Viewer(username, new HashSet<>(Set.of(Viewer.EMPLOYEE)));
    }
}
