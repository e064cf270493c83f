package org.guildhall.expertise;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.guildhall.access.Forbidden;
import org.guildhall.access.InvalidField;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.people.Profiles;

/**
 * The curated skills taxonomy: administrators create, redefine, merge and retire skills and decide
 * the skills people suggest. Every name and alias is a key no other skill may hold, so a tag, a
 * topic or a typed name leads to one skill.
 */
@ApplicationScoped
public class Taxonomy {

    @Inject
    SkillRepository skills;

    @Inject
    Profiles profiles;

    @Inject
    Clock clock;

    public Skill find(String slug) {
        return skills.findBySlug(slug).orElseThrow(() -> new NotFound("No skill " + slug));
    }

    /** The skill a name, alias, topic or tag leads to (active or retired), if any. */
    public Optional<Skill> resolve(String nameOrKey) {
        // Names and aliases first: a renamed skill keeps its old address, which may now be another name.
        return skills.findByKey(SkillKey.of(nameOrKey))
                .or(() -> skills.findBySlug(SkillKey.of(nameOrKey)).filter(s -> s.status() != SkillStatus.MERGED));
    }

    /** The skills these names or aliases lead to, by the text given; one query for all of them (a search's words). */
    public Map<String, Skill> resolveAll(Collection<String> names) {
        var keys = names.stream().collect(Collectors.toMap(n -> n, SkillKey::of, (a, b) -> a));
        var found = skills.forKeys(Set.copyOf(keys.values()));
        var result = new HashMap<String, Skill>();
        keys.forEach((name, key) -> {
            if (found.containsKey(key)) {
                result.put(name, found.get(key));
            }
        });
        return result;
    }

    /** Like {@link #resolve}, for what a person typed: an unknown or retired skill is the field's error. */
    public Skill require(String field, String nameOrKey) {
        var skill = resolve(nameOrKey == null ? "" : nameOrKey)
                .orElseThrow(() -> new InvalidField(field, "There is no skill called \"" + nameOrKey
                        + "\" yet. Pick one from the list, or suggest it."));
        if (!skill.isActive()) {
            throw new InvalidField(field, skill.name() + " is retired and no longer offered.");
        }
        return skill;
    }

    public List<Skill> offered(String typed, int limit) {
        return skills.offered(typed == null ? "" : typed, limit);
    }

    public List<Skill> managed() {
        return skills.managed();
    }

    public List<Skill> active() {
        return skills.active();
    }

    public List<Skill> children(Skill skill) {
        return skills.children(skill);
    }

    @Transactional
    public Skill create(Viewer viewer, @Valid SkillDefinition definition) {
        requireAdmin(viewer);
        var skill = new Skill(definition, parent(definition, null), clock.instant());
        requireFreeKeys(skill, null);
        skills.store(skill);
        skills.bindKeys(skill);
        return skill;
    }

    /** Renames, recategorises, re-parents or changes the aliases; old keys stop leading here. */
    @Transactional
    public Skill redefine(Viewer viewer, String slug, @Valid SkillDefinition definition) {
        requireAdmin(viewer);
        var skill = find(slug);
        if (definition.version() != null && definition.version() != skill.version()) {
            throw new OptimisticLockException("The skill " + skill.name() + " was changed by someone else");
        }
        var parent = parent(definition, skill);
        skill.define(definition, parent);
        requireFreeKeys(skill, skill.id());
        skills.bindKeys(skill);
        return skill;
    }

    /**
     * Merges {@code slug} into {@code intoSlug}: declarations, endorsements, hidden marks, broader
     * links and suggestions follow; the merged skill's names become aliases of the other, and its
     * address leads there.
     */
    @Transactional
    public Skill merge(Viewer viewer, String slug, String intoSlug) {
        requireAdmin(viewer);
        var from = find(slug);
        var into = skills.findBySlug(intoSlug == null ? "" : intoSlug)
                .orElseThrow(() -> new InvalidField("into", "Choose the skill to merge into."));
        if (from.equals(into)) {
            throw new InvalidField("into", "A skill cannot be merged into itself.");
        }
        if (from.status() == SkillStatus.MERGED || into.status() == SkillStatus.MERGED) {
            throw new InvalidField("into", "Merged skills cannot be merged again.");
        }
        new SkillMerge(skills.em(), from, into).run(); // clears the persistence context: load both again
        var merged = skills.find(from.id()).orElseThrow();
        var target = skills.find(into.id()).orElseThrow();
        merged.mergeInto(target);
        skills.bindKeys(merged);
        skills.bindKeys(target);
        return target;
    }

    @Transactional
    public Skill retire(Viewer viewer, String slug) {
        requireAdmin(viewer);
        var skill = find(slug);
        if (skill.status() == SkillStatus.MERGED) {
            throw new InvalidField("skill", "A merged skill cannot be retired.");
        }
        skill.retire();
        return skill;
    }

    @Transactional
    public Skill restore(Viewer viewer, String slug) {
        requireAdmin(viewer);
        var skill = find(slug);
        if (skill.status() == SkillStatus.RETIRED) {
            skill.restore();
        }
        return skill;
    }

    // ---- suggestions --------------------------------------------------------------------

    /** Anyone suggests a skill the taxonomy lacks; a name it already knows points them to that skill. */
    @Transactional
    public SkillSuggestion suggest(Viewer viewer, String name, String reason) {
        if (name == null || name.isBlank()) {
            throw new InvalidField("name", "Name the skill you would like to add.");
        }
        if (name.strip().length() > Skill.NAME_MAX) {
            throw new InvalidField("name", "A skill's name has at most " + Skill.NAME_MAX + " characters.");
        }
        if (reason != null && reason.length() > 500) {
            throw new InvalidField("reason", "The reason has at most 500 characters.");
        }
        resolve(name).ifPresent(existing -> {
            throw new InvalidField("name", "The taxonomy already has " + existing.name() + ".");
        });
        var suggestion = new SkillSuggestion(name, reason, profiles.find(viewer.username()), clock.instant());
        skills.store(suggestion);
        return suggestion;
    }

    public List<SkillSuggestion> openSuggestions(Viewer viewer) {
        requireAdmin(viewer);
        return skills.openSuggestions();
    }

    public List<SkillSuggestion> suggestionsOf(Viewer viewer) {
        return skills.suggestionsBy(profiles.find(viewer.username()));
    }

    /** Accepts a suggestion as a new skill (as the admin defines it) or as an alias of one that exists. */
    @Transactional
    public Skill accept(Viewer viewer, long id, @Valid SkillDefinition definition, String note) {
        requireAdmin(viewer);
        requireNote(note);
        var suggestion = skills.suggestion(id).orElseThrow(() -> new NotFound("No suggestion " + id));
        var skill = resolve(definition.name()).filter(s -> s.status() != SkillStatus.MERGED)
                .orElseGet(() -> create(viewer, definition));
        suggestion.accept(skill, viewer.username(), note, clock.instant());
        return skill;
    }

    @Transactional
    public SkillSuggestion reject(Viewer viewer, long id, String note) {
        requireAdmin(viewer);
        requireNote(note);
        var suggestion = skills.suggestion(id).orElseThrow(() -> new NotFound("No suggestion " + id));
        suggestion.reject(viewer.username(), note, clock.instant());
        return suggestion;
    }

    // ---- rules --------------------------------------------------------------------------

    private Skill parent(SkillDefinition definition, Skill self) {
        if (definition.parent() == null || definition.parent().isBlank()) {
            return null;
        }
        var parent = skills.findBySlug(SkillKey.of(definition.parent()))
                .or(() -> skills.findByKey(SkillKey.of(definition.parent())))
                .orElseThrow(() -> new InvalidField("parent", "There is no skill called \"" + definition.parent() + "\"."));
        for (var up = parent; up != null; up = up.parent()) {
            if (up.equals(self)) {
                throw new InvalidField("parent", "A skill cannot sit under itself or one of its narrower skills.");
            }
        }
        return parent;
    }

    private void requireFreeKeys(Skill skill, Long self) {
        for (var key : skill.keys()) {
            var holder = skills.keyHolder(key).filter(id -> !id.equals(self));
            if (holder.isPresent()) {
                var other = skills.find(holder.get()).map(Skill::name).orElse("another skill");
                throw new InvalidField(key.equals(skill.slug()) ? "name" : "aliases",
                        "\"" + key + "\" already leads to " + other + ".");
            }
        }
    }

    private static void requireNote(String note) {
        if (note != null && note.strip().length() > 500) {
            throw new InvalidField("note", "A note has at most 500 characters.");
        }
    }

    static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new Forbidden("Only an administrator can change the skills taxonomy");
        }
    }
}
