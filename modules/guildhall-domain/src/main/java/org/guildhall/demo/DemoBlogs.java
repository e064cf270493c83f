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
import org.guildhall.blog.PostRepository;
import org.jboss.logging.Logger;

/**
 * Demo posts for {@code ./guildhall run}: posts in network and personal blogs with comments,
 * replies and thanks, written through the real services after {@link DemoNetworks}. Runs once.
 */
@ApplicationScoped
public class DemoBlogs {

    private static final Logger LOG = Logger.getLogger(DemoBlogs.class);

    @Inject
    Blogs blogs;

    @Inject
    Discussion discussion;

    @Inject
    PostRepository posts;

    @Inject
    @ConfigProperty(name = "guildhall.demo-mode", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled || posts.count() > 0) {
            return;
        }
        var ml = post("priya", "machine-learning-guild", "Five lessons from shipping our churn model",
                """
                We finally put the churn model in production. What we learned:

                1. **Start with the decision**, not the data: who acts on a score, and how?
                2. Version features like code.
                3. Monitor drift weekly — see the dashboard @alice built.
                4. Keep a simple baseline around.
                5. Write the model card *before* launch.

                ```python
                model = train(features, target="churned")
                ```
                """, List.of("machine-learning", "lessons-learned"));
        var c1 = discussion.comment(viewer("alice"), ml, null, "The drift dashboard is in the Cloud Platform wiki soon. Great write-up!");
        discussion.comment(viewer("priya"), ml, c1.id(), "Thanks Alice — looking forward to it.");
        discussion.comment(viewer("sam"), ml, null, "Could sales use the score for renewals? Happy to pilot.");
        discussion.thank(viewer("omar"), ml);
        discussion.thank(viewer("sam"), ml);
        discussion.thankComment(viewer("priya"), c1.id());

        var cloud = post("alice", "cloud-platform-community", "Cutting our Kubernetes bill by a third",
                """
                Three changes did most of the work:

                | change | saving |
                |---|---|
                | right-sized requests | 18% |
                | spot nodes for batch | 11% |
                | scale-to-zero previews | 5% |

                Ask in the network if you want the scripts.
                """, List.of("kubernetes", "finops"));
        discussion.comment(viewer("olivia"), cloud, null, "We will roll the spot-node setup out to every cluster next quarter.");
        discussion.thank(viewer("bob"), cloud);

        var privacy = post("leo", "privacy-data-protection", "Privacy by design: a one-page checklist",
                "Before you collect a new field, answer: *why*, *how long*, *who sees it*. The checklist is attached to our network page.",
                List.of("gdpr", "privacy"));
        discussion.thank(viewer("priya"), privacy);

        var brand = post("carmen", null, "How we rewrote the product tour copy",
                "Short sentences. Active verbs. One idea per screen. Thanks to @sam for the customer quotes.",
                List.of("copywriting", "brand"));
        discussion.comment(viewer("sam"), brand, null, "Customers noticed — fewer support tickets about onboarding!");

        var finance = post("bob", "finance-business-partners", "Rolling forecasts without the spreadsheet pain",
                "Our members-only template is now in the network. It links actuals automatically each month.",
                List.of("forecasting"));
        discussion.thank(viewer("omar"), finance);
        LOG.info("Demo data: 5 demo blog posts created");
    }

    private long post(String author, String network, String title, String body, List<String> tags) {
        return blogs.write(viewer(author), new PostDraft(title, body, tags, network, PostDraft.Publishing.NOW, null)).id();
    }

    private static Viewer viewer(String username) {
        return new Viewer(username, new HashSet<>(Set.of(Viewer.EMPLOYEE)));
    }
}
