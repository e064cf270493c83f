package org.guildhall.search.question;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import org.guildhall.expertise.Skill;
import org.guildhall.expertise.SkillProfiles;
import org.guildhall.expertise.SkillRepository;
import org.guildhall.expertise.Taxonomy;
import org.guildhall.people.PersonRepository;
import org.guildhall.question.Routings;
import org.guildhall.search.expertise.ExpertRanking;
import org.guildhall.search.expertise.SkillVocabulary;

/**
 * Chooses whom a question is offered to, round by round. Candidates are the people with evidence
 * for the question's skills (its own, and those its tags name) in what the asker may read, and
 * those who declared the skills. Each is scored like the expert directory does (evidence, then
 * declarations and endorsements), weighed up when their profile says they are open to questions,
 * and down by the open questions already offered to them and by questions on the same skills they
 * declined. People who left or who may not read the question are never chosen, nor the asker. At least one of those chosen
 * comes from outside the asker's department when anyone there qualifies: the point is to reach
 * beyond one's own silo. The last round goes to the network's owners.
 */
@ApplicationScoped
public class QuestionRouter {

    private static final Logger LOG = Logger.getLogger(QuestionRouter.class);
    static final int CANDIDATES = 60;
    /** Saying on one's profile that one is open to questions makes one half as likely again to be asked. */
    static final double AVAILABLE = 1.5;
    /** An open question already offered to someone halves their chance at two, thirds it at four... */
    static final double LOAD = 0.5;
    /** Each question on the same skills they declined ("not my area") leaves under a third of their chance. */
    static final double DECLINED = 0.3;

    @Inject
    Routings routings;

    @Inject
    ExpertRanking ranking;

    @Inject
    SkillVocabulary vocabulary;

    @Inject
    SkillRepository skills;

    @Inject
    SkillProfiles skillProfiles;

    @Inject
    Taxonomy taxonomy;

    @Inject
    PersonRepository people;


    /** Routes every question whose round is due; answers how many rounds were done. */
    public int routeDue() {
        int done = 0;
        for (var task : routings.claimDue(20)) {
            try {
                routings.offer(task.questionId(), task.round(), choose(task));
                done++;
            } catch (RuntimeException e) {
                LOG.warnf("Could not route question %d (round %d); will retry: %s", task.questionId(), task.round(), e.getMessage());
                routings.retryLater(task.questionId(), task.round(), Duration.ofMinutes(1));
            }
        }
        return done;
    }

    /** Whom to offer this round to, and why. */
    public List<Routings.Offer> choose(Routings.Task task) {
        if (task.round() >= Routings.OWNERS_ROUND) {
            return routings.owners(task);
        }
        var wanted = skillsOf(task);
        if (wanted.isEmpty()) {
            return List.of(); // nothing to weigh evidence by: the owners are asked when the last round comes
        }
        int size = task.round() == 1 ? Routings.FIRST_EXPERTS : Routings.MORE_EXPERTS;
        return pick(task, candidates(task, wanted), size);
    }

    /** The question's skills and those its tags name, as the taxonomy knows them. */
    private List<Skill> skillsOf(Routings.Task task) {
        var found = new LinkedHashMap<Long, Skill>();
        skills.inOrder(List.copyOf(task.skillIds())).forEach(s -> found.put(s.id(), s));
        taxonomy.resolveAll(task.tags()).values().stream().filter(Skill::isActive).forEach(s -> found.putIfAbsent(s.id(), s));
        return List.copyOf(found.values());
    }

    /** One person who could be offered the question, and how strongly. */
    record Candidate(String username, String department, double score, String reason) {
    }

    private List<Candidate> candidates(Routings.Task task, List<Skill> wanted) {
        var reader = task.askerReads(); // evidence counts only where the asker may read it
        var words = wanted.stream().map(vocabulary::of).toList();
        var ranked = ranking.rank(reader, words, null, task.excluded(), CANDIDATES);
        var declared = new HashMap<String, Map<Long, SkillProfiles.DeclaredStanding>>();
        for (var skill : wanted) {
            skillProfiles.declarers(skill.id(), CANDIDATES)
                    .forEach(d -> declared.computeIfAbsent(d.username(), k -> new HashMap<>()).put(skill.id(), d));
        }
        var names = new LinkedHashSet<String>();
        ranked.forEach(c -> names.add(c.username()));
        names.addAll(declared.keySet());
        names.removeAll(task.excluded());
        var readable = routings.readersAmong(task.questionId(), names);
        var loads = routings.openLoads(names);
        var declines = routings.declines(names, wanted.stream().map(Skill::id).toList());
        double best = ranked.stream().mapToDouble(ExpertRanking.Candidate::evidence).max().orElse(1);
        var byName = new HashMap<String, ExpertRanking.Candidate>();
        ranked.forEach(c -> byName.put(c.username(), c));
        var found = new ArrayList<Candidate>();
        for (var person : people.findByUsernames(names)) {
            if (!readable.contains(person.username()) || person.hasLeft()) {
                continue;
            }
            var evidence = byName.get(person.username());
            var mine = declared.getOrDefault(person.username(), Map.of());
            double score = evidence == null ? 0 : evidence.evidence() / best;
            for (var d : mine.values()) {
                score += (0.15 * d.level() / 4.0 + 0.1 * Math.min(5, d.endorsements()) / 5.0) / wanted.size();
            }
            if (person.openToQuestions()) {
                score *= AVAILABLE;
            }
            score /= 1 + LOAD * loads.getOrDefault(person.username(), 0L);
            score *= Math.pow(DECLINED, declines.getOrDefault(person.username(), 0L));
            found.add(new Candidate(person.username(), person.department(), score, reason(wanted, evidence, mine)));
        }
        found.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::username));
        return found;
    }

    /** The best {@code size}, with one from another department than the asker's when anyone there qualifies. */
    static List<Routings.Offer> pick(Routings.Task task, List<Candidate> candidates, int size) {
        var chosen = new ArrayList<>(candidates.subList(0, Math.min(size, candidates.size())));
        var home = task.askerDepartment();
        if (home != null && !chosen.isEmpty() && chosen.stream().allMatch(c -> home.equals(c.department()))) {
            candidates.stream().skip(chosen.size()).filter(c -> !home.equals(c.department())).findFirst()
                    .ifPresent(outsider -> chosen.set(chosen.size() - 1, outsider));
        }
        return chosen.stream().map(c -> new Routings.Offer(c.username(), c.reason())).toList();
    }

    /** Why someone was chosen, in their words: what they wrote or answered, what they declared. */
    private static String reason(List<Skill> wanted, ExpertRanking.Candidate evidence, Map<Long, SkillProfiles.DeclaredStanding> declared) {
        var parts = new ArrayList<String>();
        for (var skill : wanted) {
            long count = evidence == null ? 0 : evidence.perSkill().getOrDefault(skill.id(), 0L);
            if (count > 0) {
                parts.add("you wrote or answered " + count + (count == 1 ? " piece" : " pieces") + " on " + skill.name());
            }
        }
        for (var skill : wanted) {
            var d = declared.get(skill.id());
            if (d != null) {
                parts.add("you list " + skill.name() + " among your skills" + (d.endorsements() > 0
                        ? " (" + d.endorsements() + (d.endorsements() == 1 ? " endorsement)" : " endorsements)") : ""));
            }
        }
        if (parts.isEmpty()) {
            parts.add("your work on " + String.join(", ", wanted.stream().map(Skill::name).toList()));
        }
        var text = String.join("; ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
