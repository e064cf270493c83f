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
import org.jboss.logging.Logger;

import org.guildhall.access.Viewer;
import org.guildhall.question.Answers;
import org.guildhall.question.QuestionDraft;
import org.guildhall.question.QuestionRepository;
import org.guildhall.question.Questions;

/**
 * Demo questions for {@code ./guildhall run}, after {@link DemoExpertise}: one solved across
 * departments (Sam in Sales asks about forecasting models; Bob in Finance answers, Priya votes),
 * one answered in a network and one still open, which the router offers to likely experts once
 * the application runs. Written through the real services. Runs once.
 */
@ApplicationScoped
public class DemoQuestions {

    private static final Logger LOG = Logger.getLogger(DemoQuestions.class);

    @Inject
    Questions questions;

    @Inject
    Answers answers;

    @Inject
    QuestionRepository repository;

    @Inject
    @ConfigProperty(name = "guildhall.demo-mode", defaultValue = "false")
    boolean enabled;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 850) @Initialized(ApplicationScoped.class) Object ignored) {
        if (!enabled || repository.count() > 0) {
            return;
        }
        var forecast = questions.ask(viewer("sam"), new QuestionDraft("Which model should I use to forecast next quarter's pipeline?",
                "Our deals close in bursts at quarter end. A straight line over the last year misses every spike. What do people use?",
                List.of("forecasting"), List.of("Machine Learning"), null));
        var answer = answers.answer(viewer("bob"), forecast.id(), """
                Try gradient boosting on the weekly pipeline with the week of the quarter as a feature: it learns the
                quarter-end spike. Keep a naive seasonal forecast as the baseline and check the model beats it on the
                last four quarters before you trust it.""");
        answers.vote(viewer("priya"), answer.id(), true);
        answers.accept(viewer("sam"), answer.id());

        var upgrade = questions.ask(viewer("bob"), new QuestionDraft("How long does a node pool drain take during cluster upgrades?",
                "Our month-end close runs batch jobs on the platform, and we need to know how long capacity is reduced during an upgrade.",
                List.of("kubernetes"), List.of("Kubernetes"), "cloud-platform-community"));
        answers.answer(viewer("olivia"), upgrade.id(), "About 20 minutes per pool; we drain one pool at a time, so plan for an hour of reduced capacity.");

        questions.ask(viewer("carmen"), new QuestionDraft("What must a customer story say before we may publish it under GDPR?",
                "We want to name a customer's employees in a case study. What consent do we need, and in what form?",
                List.of("privacy"), List.of("Data Protection"), null));
        LOG.info("Demo data: questions and answers created");
    }

    private static Viewer viewer(String username) {
        return new Viewer(username, new HashSet<>(Set.of(Viewer.EMPLOYEE)));
    }
}
