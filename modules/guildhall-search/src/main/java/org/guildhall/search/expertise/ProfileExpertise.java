package org.guildhall.search.expertise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Readers;
import org.guildhall.access.Viewer;
import org.guildhall.expertise.Skill;
import org.guildhall.expertise.SkillProfiles;
import org.guildhall.expertise.SkillRepository;
import org.guildhall.people.Person;
import org.guildhall.search.Hits;
import org.guildhall.search.Indices;
import org.guildhall.search.SearchClient;

/**
 * The skills Guildhall infers for one person from what they wrote, as one viewer may know them:
 * only contributions the viewer may read count. Confidence is {@code 1 − e^(−w/3)}, where
 * {@code w} sums the weights of the contributions that speak of the skill, without relevance
 * (recency × appreciation): three recent contributions make 63%, six make 86%. Below
 * {@link #SHOWN} a skill is not claimed. A profile seen again within a minute by someone holding
 * the same grant keys is answered from memory, so new contributions reach profiles within that.
 */
@ApplicationScoped
public class ProfileExpertise {

    public static final double SHOWN = 0.4;
    static final double SATURATION = 3.0;

    @Inject
    SearchClient search;

    @Inject
    Indices indices;

    @Inject
    Evidential evidential;

    @Inject
    SkillVocabulary vocabulary;

    @Inject
    SkillRepository skills;

    @Inject
    SkillProfiles skillProfiles;

    @Inject
    Readers readers;

    @Inject
    AccessPolicy access;

    /** An inferred skill with its confidence, how many contributions carry it, the best of them, and whether its person hid it. */
    public record Inferred(Skill skill, double confidence, long contributions, List<EvidenceItem> evidence, boolean hidden) {
        public int percent() {
            return (int) Math.round(confidence * 100);
        }
    }

    /**
     * What the viewer may know of this person's inferred skills: hidden ones only for the person
     * themself, and for HR when the person opted in to talent discovery.
     */
    @Transactional(dontRollbackOn = org.guildhall.search.SearchUnavailable.class)
    public List<Inferred> of(Viewer viewer, Person person) {
        access.requireCanSee(viewer, person);
        var reader = readers.of(viewer);
        var key = person.username() + "|" + new java.util.TreeSet<>(reader.keys());
        var all = recent.get(key, () -> inferred(reader, person));
        var hidden = skillProfiles.hiddenBy(person);
        boolean seesHidden = viewer.is(person.username()) || (viewer.isHr() && person.talentDiscovery());
        return all.stream().map(i -> new Inferred(i.skill(), i.confidence(), i.contributions(), i.evidence(),
                hidden.contains(i.skill().id()))).filter(i -> seesHidden || !i.hidden()).toList();
    }

    /**
     * A person's contributions read to infer their skills: the most telling (recent, thanked)
     * first. Two hundred saturate any confidence; reading a prolific author's thousands costs
     * seconds.
     */
    static final int CONTRIBUTIONS = 200;
    static final int SKILLS_PER_REQUEST = 20;

    /**
     * What was inferred lately, by person and reader keys (readers holding the same keys see the
     * same evidence): a profile seen again within a minute costs no search. Whether a
     * skill is hidden is read fresh every time.
     */
    private final Remembered<List<Inferred>> recent = new Remembered<>(java.time.Duration.ofSeconds(60), 10_000);

    private List<Inferred> inferred(org.guildhall.access.Reader reader, Person person) {
        var words = List.copyOf(vocabulary.all().values());
        if (words.isEmpty()) {
            return List.of();
        }
        indices.requireSearchable(ContributionIndexer.INDEX);
        var filters = new ArrayList<>(evidential.readableBy(reader));
        filters.add(Query.of(q -> q.term(t -> t.field("author").value(FieldValue.of(person.username())))));
        var weight = new HashMap<String, Double>();
        var count = new HashMap<String, Long>();
        var best = new HashMap<String, List<String>>();
        // A few skills per request keeps each query far below Elasticsearch's clause limit.
        for (int from = 0; from < words.size(); from += SKILLS_PER_REQUEST) {
            var batch = words.subList(from, Math.min(words.size(), from + SKILLS_PER_REQUEST));
            var response = Hits.run(() -> search.es().search(s -> s.index(indices.alias(ContributionIndexer.INDEX))
                    .size(CONTRIBUTIONS).query(q -> q.bool(b -> b.filter(filters).must(evidential.unweighted(ExpertRanking.named(batch)))))
                    .source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(false)), Void.class));
            for (var hit : response.hits().hits()) {
                for (var skill : hit.matchedQueries()) {
                    weight.merge(skill, hit.score() == null ? 0 : hit.score(), Double::sum);
                    count.merge(skill, 1L, Long::sum);
                    var ids = best.computeIfAbsent(skill, k -> new ArrayList<>());
                    if (ids.size() < 3) {
                        ids.add(hit.id());
                    }
                }
            }
        }
        var byId = new HashMap<Long, Skill>();
        skills.inOrder(words.stream().map(SkillVocabulary.Words::skillId).toList()).forEach(s -> byId.put(s.id(), s));
        var shownIds = new ArrayList<String>();
        var found = new ArrayList<Inferred>();
        for (var w : words) {
            var name = ExpertRanking.name(w);
            double confidence = 1 - Math.exp(-weight.getOrDefault(name, 0.0) / SATURATION);
            if (confidence >= SHOWN && byId.containsKey(w.skillId())) {
                shownIds.addAll(best.get(name));
                found.add(new Inferred(byId.get(w.skillId()), confidence, count.get(name), best.get(name).stream()
                        .map(id -> new EvidenceItem("post", id, null, "#", null, null, 0)).toList(), false));
            }
        }
        var shownSkills = words.stream().filter(w -> found.stream().anyMatch(f -> f.skill().id().equals(w.skillId()))).toList();
        var evidence = shownSkills.isEmpty() ? java.util.Map.<String, EvidenceItem>of()
                : evidential.shown(reader, SkillQuery.ofAny(shownSkills), shownIds);
        found.sort(Comparator.comparingDouble(Inferred::confidence).reversed());
        return found.stream().map(i -> new Inferred(i.skill(), i.confidence(), i.contributions(),
                i.evidence().stream().map(e -> evidence.get(e.title())).filter(java.util.Objects::nonNull).toList(),
                i.hidden())).toList();
    }
}
