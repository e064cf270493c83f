package org.guildhall.search.expertise;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.SignificantTermsBucketBase;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.guildhall.expertise.Skill;
import org.guildhall.expertise.SkillProfiles;
import org.guildhall.expertise.SkillRepository;
import org.guildhall.expertise.SkillRepository.Term;
import org.guildhall.expertise.VocabularyJob;
import org.guildhall.expertise.VocabularyJobs;
import org.guildhall.search.Hits;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;

/**
 * Learns each skill's vocabulary from the organisation's own writing: the words that are
 * significantly more frequent in what the skill's declarers wrote, and in contributions tagged with
 * one of its keys, than in everything else (Elasticsearch's {@code significant_text}). Experts use
 * a skill's jargon; this is how Guildhall learns it without anyone listing it. Runs as a job (one
 * node, progress per skill), daily and whenever an administrator asks.
 */
@ApplicationScoped
public class VocabularyLearner {

    private static final Logger LOG = Logger.getLogger(VocabularyLearner.class);
    /** Words kept per skill. */
    static final int WORDS = 25;
    /** A word must appear in this many of the foreground's contributions to be learned. */
    static final int MIN_CONTRIBUTIONS = 2;
    /** With this many declarers, their writing alone teaches a skill's vocabulary. */
    static final int ENOUGH_DECLARERS = 3;
    /** Declarers read per skill: enough to learn from, bounded for the query. */
    static final int DECLARERS = 2000;

    /** How long a requested run waits for search to catch up before it runs anyway. */
    static final java.time.Duration PATIENCE = java.time.Duration.ofMinutes(5);

    @Inject
    VocabularyJobs jobs;

    @Inject
    org.guildhall.outbox.Outbox outbox;

    @Inject
    SkillRepository skills;

    @Inject
    SkillProfiles skillProfiles;

    @Inject
    SkillVocabulary vocabulary;

    @Inject
    SearchClient search;

    @Inject
    Indices indices;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** This bean through its proxy, so each skill is learned in its own transaction. */
    @Inject
    VocabularyLearner self;

    private final String node = System.getProperty("jboss.node.name", "node") + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Long current;
    private ScheduledFuture<?> poll;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        poll = scheduler.scheduleWithFixedDelay(this::runNextQuietly, 3, 3, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (poll != null) {
            poll.cancel(false);
        }
        var job = current;
        if (job != null) {
            try {
                jobs.requeue(job, node);
            } catch (RuntimeException e) {
                LOG.debugf("Could not hand vocabulary job %d back; another node takes it over after a minute", job);
            }
        }
    }

    private void runNextQuietly() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!search.available() || !indices.searchable(ContributionIndexer.INDEX)) {
                return;
            }
            if (jobs.due()) {
                jobs.requestAs(null);
            }
            // Learn from what search holds: while it catches up (an import, a start-up), wait a little.
            if (outbox.pending() > 0 && !jobs.waitedLonger(PATIENCE)) {
                return;
            }
            jobs.claim(node).ifPresent(this::run);
        } catch (RuntimeException e) {
            LOG.warn("Could not learn the skills' vocabulary; will retry", e);
        } finally {
            running.set(false);
        }
    }

    private void run(VocabularyJob job) {
        long id = job.id();
        current = id;
        try {
            var all = self.activeSkills();
            long done = 0;
            jobs.progress(id, node, all.size(), 0);
            for (var skill : all) {
                self.learn(skill);
                if (!jobs.progress(id, node, all.size(), ++done)) {
                    LOG.infof("Vocabulary job %d was taken over by another node; this node stops", id);
                    return;
                }
            }
            jobs.finish(id, node);
            vocabulary.forget();
            LOG.infof("Learned the vocabulary of %d skills (job %d)", all.size(), id);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Learning the skills' vocabulary failed (job %d)", id);
            jobs.fail(id, node, String.valueOf(e.getMessage()));
        } finally {
            current = null;
        }
    }

    @Transactional
    public List<Skill> activeSkills() {
        return skills.active();
    }

    /**
     * One skill: what its declarers wrote, against everything. While fewer than
     * {@value #ENOUGH_DECLARERS} people declared it, what is tagged with one of its keys counts too
     * (anyone can tag, including people who only talk about a topic, so tags are a fallback).
     */
    @Transactional
    public void learn(Skill skill) {
        var declarers = skillProfiles.declarers(skill.id(), DECLARERS).stream().map(d -> FieldValue.of(d.username())).toList();
        var keys = skill.keys().stream().map(FieldValue::of).toList();
        var foreground = new ArrayList<Query>();
        if (declarers.size() < ENOUGH_DECLARERS) {
            foreground.add(Query.of(q -> q.terms(t -> t.field("tags").terms(v -> v.value(keys)))));
        }
        if (!declarers.isEmpty()) {
            foreground.add(Query.of(q -> q.terms(t -> t.field("author").terms(v -> v.value(declarers)))));
        }
        indices.requireSearchable(ContributionIndexer.INDEX);
        // Only company-wide writing teaches: the learned words are shown to everyone, and a
        // members-only network's words (a project's code name, say) must not leak through them.
        var companyWide = Query.of(q -> q.term(t -> t.field("readers").value(org.guildhall.access.Grants.EVERYONE)));
        var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(ContributionIndexer.INDEX)).size(0)
                .query(q -> q.bool(b -> b.filter(companyWide).should(foreground).minimumShouldMatch("1")))
                .aggregations("sample", a -> a.sampler(sm -> sm.shardSize(5000))
                        .aggregations("words", w -> w.significantText(st -> st.field("text").size(WORDS)
                                .minDocCount((long) MIN_CONTRIBUTIONS).backgroundFilter(companyWide)))), Void.class));
        var buckets = response.aggregations().get("sample").sampler().aggregations().get("words").sigsterms().buckets().array();
        double top = buckets.stream().mapToDouble(SignificantTermsBucketBase::score).max().orElse(1);
        // The skill's own names are naming it, one signal however often: they are not its vocabulary.
        var names = new java.util.HashSet<String>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(skill.name()), skill.aliases().stream())
                .flatMap(n -> java.util.Arrays.stream(n.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .forEach(names::add);
        var learned = buckets.stream()
                .filter(b -> b.key().length() > 2 && b.key().length() <= 100 && !b.key().chars().allMatch(Character::isDigit)
                        && !names.contains(b.key()))
                .map(b -> new Term(b.key(), 0.5 + 1.5 * b.score() / top)).toList();
        skills.learn(skill.id(), learned);
    }
}
