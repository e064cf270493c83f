package org.guildhall.search.expertise;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.expertise.Skill;
import org.guildhall.expertise.SkillRepository;
import org.guildhall.expertise.SkillRepository.Term;

/**
 * What Guildhall knows of each active skill's language: its names (name and aliases), its keys
 * (what tags and topics match) and the words it learned from the organisation's writing. Read
 * from the database at most every few seconds: every expert query needs it.
 */
@ApplicationScoped
public class SkillVocabulary {

    static final Duration FRESHNESS = Duration.ofSeconds(10);

    /** One skill's language. */
    public record Words(long skillId, String slug, String name, List<String> names, List<String> keys, List<Term> learned) {
    }

    @Inject
    SkillRepository skills;

    private volatile Map<Long, Words> current = Map.of();
    private volatile long loadedAt;

    public Words of(Skill skill) {
        return all().getOrDefault(skill.id(), words(skill, List.of()));
    }

    public Map<Long, Words> all() {
        if (System.nanoTime() - loadedAt > FRESHNESS.toNanos()) {
            current = load();
            loadedAt = System.nanoTime();
        }
        return current;
    }

    /** Forget what was read: the vocabulary or the taxonomy just changed. */
    public void forget() {
        loadedAt = 0;
    }

    @Transactional
    Map<Long, Words> load() {
        var learned = skills.vocabulary();
        return skills.active().stream().map(s -> words(s, learned.getOrDefault(s.id(), List.of())))
                .collect(Collectors.toUnmodifiableMap(Words::skillId, Function.identity()));
    }

    private static Words words(Skill skill, List<Term> learned) {
        var names = new java.util.ArrayList<String>();
        names.add(skill.name());
        names.addAll(skill.aliases());
        return new Words(skill.id(), skill.slug(), skill.name(), List.copyOf(names), List.copyOf(skill.keys()), learned);
    }
}
