package org.guildhall.web.question;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.guildhall.search.question.QuestionRouter;

/**
 * Routes questions in the background: every few seconds
 * ({@code guildhall.questions.routing-poll-seconds}) it takes the questions whose next round is
 * due and offers them to the experts the router chooses. Nothing here runs in a user's request;
 * rounds are claimed through the database, so every node may run it.
 */
@ApplicationScoped
public class RoutingWorker {

    private static final Logger LOG = Logger.getLogger(RoutingWorker.class);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    QuestionRouter router;

    @Inject
    @ConfigProperty(name = "guildhall.questions.routing-poll-seconds", defaultValue = "15")
    int pollSeconds;

    private ScheduledFuture<?> poll;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        poll = scheduler.scheduleWithFixedDelay(this::routeDue, pollSeconds, Math.max(1, pollSeconds), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
    }

    void routeDue() {
        try {
            router.routeDue();
        } catch (RuntimeException e) {
            LOG.warn("Could not route questions; will retry", e);
        }
    }
}
