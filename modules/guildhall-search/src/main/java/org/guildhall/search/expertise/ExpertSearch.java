package org.guildhall.search.expertise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.InvalidField;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.expertise.Skill;
import org.guildhall.expertise.SkillProfiles;
import org.guildhall.expertise.SkillProfiles.DeclaredStanding;
import org.guildhall.expertise.Taxonomy;
import org.guildhall.paging.Page;
import org.guildhall.people.PeopleFilter;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;

/**
 * "Who knows about X (and Y)?": people ranked by the evidence in what they wrote (computed under
 * the viewer's visibility), then by what they declared and colleagues endorsed. A person must have
 * evidence or a declaration for every skill asked for. People who hid an inferred skill are not
 * shown for it; people who left are not shown at all.
 */
@ApplicationScoped
public class ExpertSearch {

    /** How many people with evidence are ranked before paging; pages stop there. */
    public static final int CANDIDATES = 200;
    /** Declaring a skill at level 4 adds this much to a score whose evidence part is at most 1. */
    static final double DECLARED = 0.15;
    /** Five or more endorsements add this much. */
    static final double ENDORSED = 0.1;
    static final int MAX_SKILLS = 5;

    @Inject
    ExpertRanking ranking;

    @Inject
    SkillVocabulary vocabulary;

    @Inject
    Taxonomy taxonomy;

    @Inject
    SkillProfiles skillProfiles;

    @Inject
    PersonRepository people;

    @Inject
    Readers readers;

    @Inject
    AccessPolicy access;

    /** How one person stands on one skill asked for. */
    public record Standing(Skill skill, long contributions, Integer declaredLevel, int endorsements) {
    }

    /** A person found, with why: evidence, declarations, endorsements, the networks the evidence is from. */
    public record Expert(Person person, double score, double evidence, long contributions, List<Standing> skills,
                         List<EvidenceItem> shown, List<String> networks) {
        public int percent() {
            return (int) Math.round(Math.min(1, score) * 100);
        }
    }

    @Transactional
    public Page<Expert> find(Viewer viewer, List<String> skillNames, PeopleFilter filter, int page, int size) {
        var ranked = rank(viewer, skillNames, filter, !viewer.isHr() || !filter.talentDiscovery());
        var from = Math.min(ranked.size(), (page - 1) * size);
        return new Page<>(explain(viewer, skillNames, ranked.subList(from, Math.min(ranked.size(), from + size))),
                ranked.size(), page, size);
    }

    /** The same experts with why: their best evidence, with snippets (one request for the whole list). */
    @Transactional
    public List<Expert> explain(Viewer viewer, List<String> skillNames, List<Expert> experts) {
        if (experts.isEmpty()) {
            return experts;
        }
        var words = resolve(skillNames).stream().map(vocabulary::of).toList();
        var evidence = ranking.evidenceOf(readers.of(viewer), words,
                experts.stream().filter(e -> e.contributions() > 0).map(e -> e.person().username()).toList());
        return experts.stream().map(e -> new Expert(e.person(), e.score(), e.evidence(), e.contributions(), e.skills(),
                evidence.getOrDefault(e.person().username(), List.of()), e.networks())).toList();
    }

    /**
     * Everyone ranked for these skills, best first (at most {@link #CANDIDATES} with evidence, plus
     * declarers), without their evidence snippets (see {@link #explain}). {@code respectHidden}: leave out people who hid the skill (HR's finder, which only
     * shows people who opted in, sees them).
     */
    @Transactional
    public List<Expert> rank(Viewer viewer, List<String> skillNames, PeopleFilter filter, boolean respectHidden) {
        if (!access.canSeeDirectory(viewer)) {
            return List.of();
        }
        var skills = resolve(skillNames);
        var reader = readers.of(viewer);
        var key = skills.stream().map(s -> s.id().toString()).sorted().toList() + "|" + filter
                + "|" + new java.util.TreeSet<>(reader.keys());
        var experts = recent.get(key, () -> rank(reader, skills, filter));
        return stillShown(experts, skills, filter, respectHidden);
    }

    /**
     * What a remembered ranking may still show, read fresh: people the filter still admits (who opted
     * out, left or changed department since drop out) and, for colleagues, not who hid the skill since.
     */
    private List<Expert> stillShown(List<Expert> experts, List<Skill> skills, PeopleFilter filter, boolean respectHidden) {
        var hiding = new HashSet<String>();
        if (respectHidden) {
            skills.forEach(s -> hiding.addAll(skillProfiles.hidingSkill(s.id())));
        }
        var admitted = new HashSet<String>();
        people.admitted(experts.stream().map(e -> e.person().username()).toList(), filter)
                .forEach(p -> admitted.add(p.username()));
        return experts.stream().filter(e -> admitted.contains(e.person().username()) && !hiding.contains(e.person().username()))
                .toList();
    }

    /**
     * Rankings computed lately, by skills, filters and reader keys (readers holding the same keys
     * see the same evidence): the same question within a minute costs no ranking. The
     * evidence shown with a page is fetched, and re-checked, every time.
     */
    private final Remembered<List<Expert>> recent = new Remembered<>(java.time.Duration.ofSeconds(60), 1_000);

    private List<Expert> rank(org.guildhall.access.Reader reader, List<Skill> skills, PeopleFilter filter) {
        var words = skills.stream().map(vocabulary::of).toList();
        var only = filter.narrows() ? people.usernamesMatching(filter, 65_000) : null;
        var excluded = new HashSet<String>();
        var candidates = ranking.rank(reader, words, only, excluded, CANDIDATES);
        var declared = new HashMap<Long, Map<String, DeclaredStanding>>();
        for (var skill : skills) {
            var byName = new LinkedHashMap<String, DeclaredStanding>();
            skillProfiles.declarers(skill.id(), CANDIDATES).forEach(d -> byName.put(d.username(), d));
            declared.put(skill.id(), byName);
        }
        var names = new HashSet<String>();
        candidates.forEach(c -> names.add(c.username()));
        declared.values().forEach(d -> names.addAll(d.keySet()));
        names.removeAll(excluded);
        var found = new HashMap<String, Person>();
        people.admitted(names, filter).forEach(p -> found.put(p.username(), p));
        double best = candidates.stream().mapToDouble(ExpertRanking.Candidate::evidence).max().orElse(1);
        var byName = new HashMap<String, ExpertRanking.Candidate>();
        candidates.forEach(c -> byName.put(c.username(), c));
        var experts = new ArrayList<Expert>();
        for (var username : names) {
            var person = found.get(username);
            if (person == null) {
                continue;
            }
            var candidate = byName.get(username);
            var standings = new ArrayList<Standing>();
            double bonus = 0;
            boolean everySkill = true;
            for (var skill : skills) {
                var d = declared.get(skill.id()).get(username);
                long count = candidate == null ? 0 : candidate.perSkill().getOrDefault(skill.id(), 0L);
                everySkill &= count > 0 || d != null;
                standings.add(new Standing(skill, count, d == null ? null : d.level(), d == null ? 0 : d.endorsements()));
                if (d != null) {
                    bonus += DECLARED * d.level() / 4.0 + ENDORSED * Math.min(5, d.endorsements()) / 5.0;
                }
            }
            if (!everySkill) {
                continue;
            }
            double evidence = candidate == null ? 0 : candidate.evidence() / best;
            experts.add(new Expert(person, evidence + bonus / skills.size(), evidence,
                    candidate == null ? 0 : candidate.contributions(), standings,
                    List.of(), candidate == null ? List.of() : candidate.networks()));
        }
        experts.sort(Comparator.comparingDouble(Expert::score).reversed().thenComparing(e -> e.person().username()));
        return experts;
    }

    private List<Skill> resolve(List<String> skillNames) {
        var names = skillNames == null ? List.<String>of() : skillNames.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
        if (names.isEmpty()) {
            throw new InvalidField("skill", "Name a skill to find people who know it.");
        }
        if (names.size() > MAX_SKILLS) {
            throw new InvalidField("skill", "Ask for at most " + MAX_SKILLS + " skills at once.");
        }
        var skills = new ArrayList<Skill>();
        for (var name : names) {
            var skill = taxonomy.require("skill", name);
            if (!skills.contains(skill)) {
                skills.add(skill);
            }
        }
        return skills;
    }

    /** Skill names for a result, for messages and the audit log. */
    public static String describe(List<String> skillNames) {
        return String.join(" and ", skillNames == null ? List.of() : skillNames);
    }

}
